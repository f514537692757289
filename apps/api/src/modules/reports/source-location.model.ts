import { createUnionType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { SourceLocation } from '@dlens/domain';

@ObjectType('TextLocation', { description: 'A place in a text file (Word 97–2003 .doc files are read as their text).' })
export class TextLocationModel {
  @Field()
  kind: 'text';

  @Field(() => Int, { description: '1-based line.' })
  line: number;

  @Field(() => Int, { description: '0-based offset of the first character within the line.' })
  start: number;

  @Field(() => Int, { description: '0-based offset after the last character (exclusive).' })
  end: number;
}

@ObjectType('HtmlLocation', { description: 'A cell of an HTML table (DOCX files are read as HTML).' })
export class HtmlLocationModel {
  @Field()
  kind: 'html';

  @Field(() => Int, { description: '0-based index of the table in the document.' })
  table: number;

  @Field(() => Int, { description: '0-based grid row after rowspan/colspan.' })
  row: number;

  @Field(() => Int, { description: '0-based grid column after rowspan/colspan.' })
  column: number;
}

@ObjectType('PdfLocation', { description: 'A glyph box on a PDF page.' })
export class PdfLocationModel {
  @Field()
  kind: 'pdf';

  @Field(() => Int, { description: '1-based page.' })
  page: number;

  @Field(() => [Float], { description: '[x0, y0, x1, y1] in PDF user space (origin bottom left).' })
  box: readonly number[];
}

/**
 * Where a figure was read. A union rather than a JSON scalar: the three shapes are fixed by the
 * domain's SourceLocation, and a union lets the dashboard's generated types tell them apart
 * (`__typename`) and lets GraphQL check what clients select.
 */
export const SourceLocationUnion = createUnionType({
  name: 'SourceLocation',
  description: 'Where in the original file a figure was read: text line, HTML table cell or PDF box.',
  types: () => [TextLocationModel, HtmlLocationModel, PdfLocationModel] as const,
  resolveType(location: SourceLocation) {
    switch (location.kind) {
      case 'text':
        return TextLocationModel;
      case 'html':
        return HtmlLocationModel;
      case 'pdf':
        return PdfLocationModel;
    }
  },
});
