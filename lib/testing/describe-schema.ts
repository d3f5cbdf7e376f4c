// A normalised, sorted description of a database's public schema read from pg_catalog, so two databases
// built different ways (our migrations, Prisma's from-empty diff of schema.prisma) can be compared
// line by line. Each entry is one readable line, so a failed comparison shows exactly what differs.
import type pg from "pg";

export type SchemaDescription = {
  tables: string[];
  columns: string[];
  indexes: string[];
  constraints: string[];
  enums: string[];
  sequences: string[];
};

/** What the migrations add on purpose and schema.prisma cannot express: compared separately. */
export type SchemaProtections = { triggers: string[]; checks: string[]; functions: string[]; partialIndexes: string[] };

// The migration runner's own bookkeeping: only ever in a database the runner migrated.
const RUNNER_TABLE = "_app_migrations";

// pg_get_indexdef / pg_get_constraintdef qualify names with the schema depending on search_path.
function unqualify(sql: string): string {
  return sql.replace(/(^|[\s(,])"?public"?\./g, "$1");
}

async function lines<Row extends pg.QueryResultRow>(client: pg.Client, sql: string, format: (row: Row) => string): Promise<string[]> {
  const { rows } = await client.query<Row>(sql);
  return rows.map(format).sort();
}

const inPublicTable = `n.nspname = 'public' AND t.relkind IN ('r', 'p') AND t.relname <> '${RUNNER_TABLE}'`;

export async function describeSchema(client: pg.Client): Promise<SchemaDescription> {
  const tables = await lines<{ name: string }>(
    client,
    `SELECT t.relname AS name FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace WHERE ${inPublicTable}`,
    (row) => row.name,
  );
  // Sorted by name, not position: a column added by ALTER TABLE lands last in the migrated database
  // but where the model declares it in Prisma's from-empty SQL, and the order changes nothing.
  const columns = await lines<{ table: string; column: string; type: string; not_null: boolean; default: string | null; identity: string; generated: string }>(
    client,
    `SELECT t.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity, a.attgenerated AS generated
       FROM pg_attribute a
       JOIN pg_class t ON t.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${inPublicTable} AND a.attnum > 0 AND NOT a.attisdropped`,
    (row) =>
      [
        `${row.table}.${row.column} ${row.type}`,
        row.not_null ? "NOT NULL" : "NULL",
        row.default !== null ? `DEFAULT ${unqualify(row.default)}` : "",
        row.identity ? `IDENTITY ${row.identity}` : "",
        row.generated ? `GENERATED ${row.generated}` : "",
      ]
        .filter(Boolean)
        .join(" "),
  );
  const indexes = await lines<{ def: string }>(
    client,
    `SELECT pg_get_indexdef(x.indexrelid) AS def
       FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE ${inPublicTable} AND x.indpred IS NULL`,
    (row) => unqualify(row.def),
  );
  // p = primary key, u = unique, f = foreign key. CHECK (c) constraints are protections; NOT NULL
  // constraints (n, recorded since PostgreSQL 18) are already part of the column lines.
  const constraints = await lines<{ table: string; name: string; def: string }>(
    client,
    `SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE ${inPublicTable} AND c.contype IN ('p', 'u', 'f')`,
    (row) => `${row.table}.${row.name} ${unqualify(row.def)}`,
  );
  const enums = await lines<{ name: string; labels: string }>(
    client,
    `SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public'
      GROUP BY t.typname`,
    (row) => `${row.name} (${row.labels})`,
  );
  const sequences = await lines<{ name: string; type: string; start: string; increment: string }>(
    client,
    `SELECT sequencename AS name, data_type::text AS type, start_value::text AS start, increment_by::text AS increment
       FROM pg_sequences WHERE schemaname = 'public'`,
    (row) => `${row.name} ${row.type} START ${row.start} INCREMENT ${row.increment}`,
  );
  return { tables, columns, indexes, constraints, enums, sequences };
}

export async function describeProtections(client: pg.Client): Promise<SchemaProtections> {
  const triggers = await lines<{ def: string }>(
    client,
    `SELECT pg_get_triggerdef(g.oid) AS def
       FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE ${inPublicTable} AND NOT g.tgisinternal`,
    (row) => unqualify(row.def),
  );
  const checks = await lines<{ table: string; name: string; def: string }>(
    client,
    `SELECT t.relname AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE ${inPublicTable} AND c.contype = 'c'`,
    (row) => `${row.table}.${row.name} ${row.def}`,
  );
  // Functions an extension installed belong to the extension, not to our migrations.
  const functions = await lines<{ name: string; language: string }>(
    client,
    `SELECT p.proname AS name, l.lanname AS language
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE n.nspname = 'public'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
    (row) => `${row.name} ${row.language}`,
  );
  // Partial indexes (CREATE INDEX … WHERE): Prisma 6 has no way to declare one.
  const partialIndexes = await lines<{ def: string }>(
    client,
    `SELECT pg_get_indexdef(x.indexrelid) AS def
       FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE ${inPublicTable} AND x.indpred IS NOT NULL`,
    (row) => unqualify(row.def),
  );
  return { triggers, checks, functions, partialIndexes };
}

/** The lines only one side has, each prefixed with its category: empty arrays mean the same schema. */
export function diffSchemas(a: SchemaDescription, b: SchemaDescription): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const flatten = (description: SchemaDescription) =>
    Object.entries(description).flatMap(([category, entries]: [string, string[]]) => entries.map((entry) => `${category}: ${entry}`));
  const first = flatten(a);
  const second = flatten(b);
  const inFirst = new Set(first);
  const inSecond = new Set(second);
  return { onlyInFirst: first.filter((line) => !inSecond.has(line)), onlyInSecond: second.filter((line) => !inFirst.has(line)) };
}
