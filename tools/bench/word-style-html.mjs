// Turns a report page into the kind of HTML Word exports: every text run in MsoNormal <p> and
// several styled <span>s, mso-* styles with newlines inside attributes, <o:p> blanks and
// conditional comments. `repeat` copies the body to reach the 100–300 KB of real exports.
const STYLE = `style='mso-bidi-font-size:10.5pt;font-family:宋体;\n  mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman";\n  mso-font-kerning:0pt'`;

export function wordStyleHtml(html, repeat = 1) {
  const heavy = html
    .replace(/<td([^>]*)>/g, `<td$1 style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;\n  padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=center style='text-align:center'>`)
    .replace(/<\/td>/g, '<o:p></o:p></p></td>')
    .replace(/>([^<>]+)</g, (_, text) => `><span lang=EN-US ${STYLE}><font face="宋体">${text}</font></span><`);
  const body = `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->${heavy}`;
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head><body>${body.repeat(repeat)}</body></html>`;
}
