import { Button } from '@utrecht/component-library-react';
import { toCsv, type CsvCell } from './csv';

/** A button that saves a table's figures as a CSV file (made in the browser, no extra request). */
export function CsvDownload({
  fileName,
  label,
  header,
  rows,
}: {
  fileName: string;
  label: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <Button appearance="secondary-action-button" onClick={download}>
      {label}
    </Button>
  );
}
