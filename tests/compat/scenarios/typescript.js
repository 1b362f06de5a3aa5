// typescript: the compiler API in one 9 MB file — transpile a module, report diagnostics.
const ts = require('typescript');
const source = `
interface Point { x: number; y?: number }
export const norm = (p: Point): number => Math.hypot(p.x, p.y ?? 0);
export enum Color { Red = 1, Green }
export default class Box<T> { constructor(private value: T) {} get(): T { return this.value; } }
`;
const out = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  reportDiagnostics: true,
});
console.log(out.outputText);
console.log('diagnostics', out.diagnostics.length);
const bad = ts.transpileModule('let x: = 1;', { reportDiagnostics: true });
console.log(bad.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
console.log(typeof ts.version, ts.SyntaxKind[ts.SyntaxKind.ClassDeclaration]);
