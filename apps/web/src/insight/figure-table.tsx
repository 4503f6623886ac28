import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { CsvDownload } from './csv-download';
import type { CsvCell } from './csv';
import { COVERAGE_TEXT as TEXT } from './texts';

/** A table of figures (numbers right-aligned), scrollable on a narrow screen, with its CSV. */
export function FigureTable({
  caption,
  header,
  rows,
  fileName,
  csvRows,
  csvHeader,
}: {
  caption: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
  fileName: string;
  csvRows?: readonly (readonly CsvCell[])[];
  csvHeader?: readonly string[];
}) {
  const captionId = useId();
  return (
    <>
      <div
        className="wmo-table-scroll wmo-list-table"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <Table>
          <TableCaption id={captionId}>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {header.map((label) => (
                <TableHeaderCell key={label} scope="col">
                  {label}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, index) => (
              <TableRow key={index}>
                {row.map((cell, column) =>
                  column === 0 ? (
                    <TableHeaderCell key={column} scope="row">
                      {cell}
                    </TableHeaderCell>
                  ) : (
                    <TableCell
                      key={column}
                      className={typeof cell === 'number' ? 'wmo-number' : undefined}
                    >
                      {typeof cell === 'number' ? TEXT.days(cell) : cell}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph className="wmo-insight-actions">
        <CsvDownload
          fileName={fileName}
          label={`${TEXT.csv}: ${caption}`}
          header={csvHeader ?? header}
          rows={csvRows ?? rows}
        />
      </Paragraph>
    </>
  );
}
