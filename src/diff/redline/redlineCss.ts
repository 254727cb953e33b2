/**
 * Styles for `renderRedlineHtml`: colour plus underline and strike-through, so a change never
 * depends on colour alone, and a visually-hidden class that keeps the spoken change markers.
 */
export const redlineCss = `.redline ins {
  background: #dafbe1;
  color: #053d12;
  text-decoration: underline;
  text-decoration-thickness: 0.12em;
}
.redline del {
  background: #ffebe9;
  color: #6b0b08;
  text-decoration: line-through;
  text-decoration-thickness: 0.12em;
}
.redline ins,
.redline del {
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.redline-sr {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
.redline-status {
  font-weight: normal;
  font-size: 0.85em;
}
.redline-unchanged,
.redline-note {
  color: #4a4a4a;
  font-style: italic;
}
.redline-table {
  border-collapse: collapse;
}
.redline-table th,
.redline-table td {
  border: 1px solid #8c8c8c;
  padding: 0.25em 0.5em;
  text-align: left;
  vertical-align: top;
}
@media (forced-colors: active) {
  .redline ins,
  .redline del {
    border: 1px solid CanvasText;
  }
}
`;
