// Lints .cypher files with Neo4j's own parser + semantic analysis (@neo4j-cypher/language-support).
// Usage: node lint.mjs FILE... -> JSON {file: [{severity, message, line, column}]} on stdout;
// exit 1 if any diagnostic is an error, 2 on bad usage or an unreadable file.
import { readFileSync } from 'node:fs';
import {
  lintCypherQuery,
  parseParameters,
  parseStatementsStrs,
  testData,
} from '@neo4j-cypher/language-support';

const VERSION = 'CYPHER 5'; // the project targets Neo4j 5

// Plugins we don't run: calling them must fail the lint like any unknown name.
const notPlugin = (registry) =>
  Object.fromEntries(
    Object.entries(registry).filter(([name]) => !/^(apoc|gds)\./.test(name)),
  );

// Only the CYPHER 5 registries: a query that selects another version finds no functions at all,
// and is flagged explicitly below.
const baseSchema = {
  defaultLanguage: VERSION,
  functions: { [VERSION]: notPlugin(testData.mockSchema.functions[VERSION]) },
  procedures: { [VERSION]: notPlugin(testData.mockSchema.procedures[VERSION]) },
  // With labels + types given, the package warns (never errors) on any other label/type: catches typos.
  labels: ['City', 'Country', 'Network', 'CreativeField', 'SDG', 'Project', 'Source'],
  relationshipTypes: [
    'IN_COUNTRY',
    'MEMBER_OF',
    'DESIGNATED',
    'TWINNED_WITH',
    'PARTICIPATES_IN',
    'IN_FIELD',
    'ADVANCES',
    'UNDER',
    'CORRESPONDS_TO',
  ],
  // No propertyKeys: given any list, every other property read would warn.
};

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

// Console commands (:param, :use) are for the browser/shell; the driver cannot run them.
const OPTIONS = { consoleCommandsEnabled: false };

function lintFile(text) {
  // Parameters are supplied at run time: declare every $name the query uses, so the package's
  // "Parameter $x is not defined." check passes while all other checks stay on.
  const parameters = Object.fromEntries(parseParameters(text, false).map((p) => [p, null]));
  const { diagnostics } = lintCypherQuery(text, { ...baseSchema, parameters }, OPTIONS);
  const out = diagnostics.map((d) => ({
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1, // 1-based, as editors show them
    column: d.range.start.character + 1,
  }));

  // Files are run one at a time through the driver, which takes exactly one statement.
  const statements = parseStatementsStrs(text);
  if (statements.length !== 1) {
    out.push({
      severity: 'error',
      message: `expected exactly one statement, found ${statements.length}`,
      line: 1,
      column: 1,
    });
  }
  // An explicit "CYPHER 25" prefix would run on a newer server than the project targets.
  const version = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*CYPHER\s+(\d+)\b/i.exec(text);
  if (version && `CYPHER ${version[1]}` !== VERSION) {
    out.push({
      severity: 'error',
      message: `queries must be ${VERSION}, not CYPHER ${version[1]}`,
      line: 1,
      column: 1,
    });
  }
  return out;
}

const files = process.argv.slice(2);
const result = {};
let failed = false;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  result[file] = lintFile(text);
  failed ||= result[file].some((d) => d.severity === 'error');
}
console.log(JSON.stringify(result, null, 2));
process.exit(failed ? 1 : 0);
