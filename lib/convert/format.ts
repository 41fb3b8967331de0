/**
 * Expressions and statements as documents, laid out as Prettier lays out TypeScript with the
 * project's options (single quotes, trailing commas, 160 columns): objects and arrays that break
 * one entry per line, a last object or array argument hugged by its call, strings that move to
 * the next line after a long key, quotes on property names only where needed.
 *
 * @packageDocumentation
 */
import { ArrayExpr, CallExpr, Expr, ObjectExpr, Prop, Statement } from './code';
import { conditionalGroup, Doc, group, hardline, ifBreak, indent, join, line, printDoc, softline, textWidth, willBreak } from './printer';

/** The project's Prettier `printWidth`. */
export const PRINT_WIDTH = 160;

/** A string literal as Prettier writes it: single quotes unless the string has more of them than double quotes. */
export function quote(value: string): string {
  const singles = (value.match(/'/g) ?? []).length;
  const doubles = (value.match(/"/g) ?? []).length;
  const q = singles > doubles ? '"' : "'";
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === q || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return q + out + q;
}

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** A property name: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : quote(key);
}

/** A string of several lines (a file of a ConfigMap, a shell script), written as its lines joined: `['a:', '  b: 1', ''].join('\\n')`. */
function isMultiline(e: Expr): boolean {
  return e.kind === 'string' && e.value.split('\n').length > 2;
}

/** The document of a string of several lines, as an array of its lines joined. */
function linesDoc(value: string): Doc {
  const lines = value.split('\n').map(quote);
  return [group(['[', indent([softline, join([',', line], lines)]), ifBreak(','), softline, ']']), ".join('\\n')"];
}

/** Whether Prettier counts an argument as short (`isLoneShortArgument`). */
function isShortArgument(e: Expr): boolean {
  const threshold = PRINT_WIDTH * 0.25;
  if (e.kind === 'string') return !isMultiline(e) && quote(e.value).length <= threshold;
  if (e.kind !== 'code') return false;
  return /^(this|true|false|null|-?[\d.e]+)$/.test(e.text) || (IDENTIFIER.test(e.text) && e.text.length <= threshold);
}

/** A call Prettier cannot break well (`Duration.seconds(5)`): after `=` or a long key it moves to the next line instead. */
function isPoorlyBreakable(e: Expr): boolean {
  if (e.kind !== 'call') return false;
  if (!(e.args.length === 0 || (e.args.length === 1 && isShortArgument(e.args[0])))) return false;
  return /^[\p{ID_Start}$_][\p{ID_Continue}$.]*$/u.test(e.callee);
}

/** The document of an expression. */
export function exprDoc(e: Expr): Doc {
  switch (e.kind) {
    case 'code':
      return e.text;
    case 'string':
      return isMultiline(e) ? linesDoc(e.value) : quote(e.value);
    case 'object':
      return objectDoc(e);
    case 'array':
      return arrayDoc(e);
    case 'call':
      return callDoc(e);
  }
}

function propDoc(p: Prop): Doc {
  const comments = (p.comments ?? []).flatMap(c => [`// ${c}`, hardline]);
  if (p.spread) return [...comments, '...', exprDoc(p.value)];
  if (p.value.kind === 'code' && p.value.text === p.key) return [...comments, p.key];
  const key = propertyKey(p.key);
  const shortKey = textWidth(key) < 5;
  const value = exprDoc(p.value);
  const breakAfterColon = !shortKey && ((p.value.kind === 'string' && !isMultiline(p.value)) || isPoorlyBreakable(p.value));
  return [...comments, breakAfterColon ? group([key, ':', group(indent([line, value]))]) : group([key, ': ', value])];
}

function objectDoc(o: ObjectExpr): Doc {
  if (o.props.length === 0) return '{}';
  return group(['{', indent([line, join([',', line], o.props.map(propDoc))]), ifBreak(','), line, '}'], o.expand === true);
}

/** An array of objects with several properties each breaks one per line, as Prettier's arrays do. */
function arrayDoc(a: ArrayExpr): Doc {
  if (a.items.length === 0) return '[]';
  const several = (x: Expr) => (x.kind === 'object' && x.props.length > 1) || (x.kind === 'array' && x.items.length > 1);
  const shouldBreak = a.items.length > 1 && a.items.every((x, i) => several(x) && (i === 0 || x.kind === a.items[0].kind));
  return group(['[', indent([softline, join([',', line], a.items.map(exprDoc))]), ifBreak(','), softline, ']'], shouldBreak);
}

function canHug(e: Expr): boolean {
  return (
    (e.kind === 'object' && e.props.length > 0) || (e.kind === 'array' && e.items.length > 0 && !e.items.every(x => x.kind === 'code' && /^-?\d/.test(x.text)))
  );
}

/** A call, its last object or array argument hugged when the call does not fit on one line (Prettier's `printCallArguments`). */
function callDoc(c: CallExpr): Doc {
  const head = `${c.isNew ? 'new ' : ''}${c.callee}`;
  if (c.args.length === 0) return `${head}()`;
  const printed = c.args.map(exprDoc);
  const brokenOut = group(['(', indent([line, join([',', line], printed), ',']), line, ')'], true);
  const last = c.args[c.args.length - 1];
  const penultimate = c.args.length > 1 ? c.args[c.args.length - 2] : undefined;
  const hug = canHug(last) && (penultimate === undefined || penultimate.kind !== last.kind);
  if (!hug) {
    return [head, group(['(', indent([softline, join([',', line], printed)]), ifBreak(','), softline, ')'], printed.some(willBreak))];
  }
  const init = printed.slice(0, -1).flatMap(d => [d, ', ']);
  if (printed.slice(0, -1).some(willBreak)) return [head, brokenOut];
  const lastDoc = printed[printed.length - 1];
  return [
    head,
    willBreak(lastDoc) ? hardlineParent() : '',
    conditionalGroup([['(', ...init, lastDoc, ')'], ['(', ...init, group(lastDoc, true), ')'], brokenOut]),
  ];
}

/** A break-parent, alone: what Prettier puts before a call whose arguments will break. */
function hardlineParent(): Doc {
  return (hardline as readonly Doc[])[1];
}

/** The document of a statement: `const name = value;` or `value;`, with its comments. */
export function statementDoc(s: Statement): Doc {
  const comments = (s.comments ?? []).flatMap(c => [`// ${c}`, hardline]);
  const value = exprDoc(s.value);
  if (s.name === undefined) return [...comments, value, ';'];
  const left = `${s.exported ? 'export ' : ''}const ${s.name} =`;
  const breakAfter = (s.value.kind === 'string' && !isMultiline(s.value)) || isPoorlyBreakable(s.value);
  return [...comments, group(breakAfter ? [left, group(indent([line, value]))] : [left, ' ', value]), ';'];
}

/** Statements printed one after the other at `indentation` spaces, each followed by a newline. */
export function printStatements(statements: readonly Statement[], indentation: number): string {
  return statements.map(s => `${printDoc(statementDoc(s), PRINT_WIDTH, indentation)}\n`).join('');
}

/** `import { a, b } from 'module';`, broken one name per line when too long. */
export function importLine(names: readonly string[], from: string): string {
  const doc = group(['import {', indent([line, join([',', line], [...names])]), ifBreak(','), line, `} from ${quote(from)};`]);
  return `${printDoc(doc, PRINT_WIDTH)}\n`;
}
