/** The header row shared by the workspace's data tables. */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead className="bg-slate-100 text-xs text-slate-600 uppercase">
      <tr>
        {columns.map((column) => (
          <th key={column} className="px-4 py-2">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
