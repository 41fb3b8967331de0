/**
 * A document printer with the layout algorithm of Prettier (groups that break when they do not
 * fit, indentation, conditional groups, breaks that propagate to the enclosing groups), so that
 * the generated code comes out formatted as Prettier formats it, without Prettier at run time.
 *
 * @packageDocumentation
 */

/** A document: text, a sequence, or one of the layout parts. */
export type Doc = string | readonly Doc[] | Group | Indent | Line | IfBreak | BreakParent;

/** Parts of a document that are printed flat when they fit, broken otherwise. */
export interface Group {
  readonly type: 'group';
  readonly contents: Doc;
  /** Broken whatever the width (a hard line inside, or the author's choice). */
  break: boolean;
  /** Alternatives, tried in order (Prettier's `conditionalGroup`); the last is printed broken. */
  readonly expandedStates?: readonly Doc[];
}

/** Contents indented one level (two spaces) on the lines they break onto. */
export interface Indent {
  readonly type: 'indent';
  readonly contents: Doc;
}

/** A line break: a space when flat (nothing if `soft`), always a break if `hard`. */
export interface Line {
  readonly type: 'line';
  readonly soft?: boolean;
  readonly hard?: boolean;
}

/** Text that depends on whether the enclosing group breaks (a trailing comma). */
export interface IfBreak {
  readonly type: 'if-break';
  readonly breakContents: Doc;
  readonly flatContents: Doc;
}

/** Breaks every enclosing group (up to a conditional group). */
export interface BreakParent {
  readonly type: 'break-parent';
}

/** A group; `shouldBreak` breaks it whatever the width. */
export function group(contents: Doc, shouldBreak = false): Group {
  return { type: 'group', contents, break: shouldBreak };
}

/** Prettier's `conditionalGroup`: the first state that fits flat, else the last one broken. */
export function conditionalGroup(states: readonly Doc[]): Group {
  return { type: 'group', contents: states[0], break: false, expandedStates: states };
}

/** Contents indented one level. */
export function indent(contents: Doc): Indent {
  return { type: 'indent', contents };
}

/** A space, or a line break. */
export const line: Line = { type: 'line' };
/** Nothing, or a line break. */
export const softline: Line = { type: 'line', soft: true };
/** Breaks the enclosing groups. */
export const breakParent: BreakParent = { type: 'break-parent' };
/** A line break that breaks the enclosing groups. */
export const hardline: Doc = [{ type: 'line', hard: true }, breakParent];

/** `breakContents` when the group breaks, `flatContents` otherwise. */
export function ifBreak(breakContents: Doc, flatContents: Doc = ''): IfBreak {
  return { type: 'if-break', breakContents, flatContents };
}

/** `docs` separated by `separator`. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i === 0 ? [d] : [separator, d]));
}

/** Whether printing `doc` breaks a line for sure (a hard line, or a group that must break). */
export function willBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (isDocs(doc)) return doc.some(willBreak);
  switch (doc.type) {
    case 'group':
      return doc.break || willBreak(doc.contents);
    case 'indent':
      return willBreak(doc.contents);
    case 'line':
      return doc.hard === true;
    case 'if-break':
      return willBreak(doc.breakContents);
    default:
      return true;
  }
}

function isDocs(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

/** Breaks each group that holds a hard line or a broken group, up to a conditional group (Prettier's `propagateBreaks`). */
function propagateBreaks(doc: Doc): void {
  const stack: Group[] = [];
  const visited = new Set<Group>();
  const breakTop = () => {
    const top = stack[stack.length - 1];
    if (top !== undefined && top.expandedStates === undefined) top.break = true;
  };
  const walk = (d: Doc): void => {
    if (typeof d === 'string') return;
    if (isDocs(d)) {
      d.forEach(walk);
      return;
    }
    switch (d.type) {
      case 'break-parent':
        breakTop();
        return;
      case 'indent':
        walk(d.contents);
        return;
      case 'if-break':
        walk(d.breakContents);
        walk(d.flatContents);
        return;
      case 'group': {
        stack.push(d);
        if (!visited.has(d)) {
          visited.add(d);
          if (d.expandedStates) d.expandedStates.forEach(walk);
          else walk(d.contents);
        }
        stack.pop();
        if (d.break) breakTop();
        return;
      }
      default:
        return;
    }
  };
  walk(doc);
}

const FLAT = 0;
const BREAK = 1;
type Mode = typeof FLAT | typeof BREAK;

interface Command {
  readonly indent: number;
  readonly mode: Mode;
  readonly doc: Doc;
}

/** The width of text as Prettier counts it: wide East Asian characters count two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x1100 && /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  }
  return width;
}

/** Whether the rest of the line fits in `width` (Prettier's `fits`). */
function fits(next: Command, rest: readonly Command[], width: number): boolean {
  let restIndex = rest.length;
  const commands: { mode: Mode; doc: Doc }[] = [next];
  let pendingSpace = false;
  while (width >= 0) {
    const command = commands.pop();
    if (command === undefined) {
      if (restIndex === 0) return true;
      commands.push(rest[--restIndex]);
      continue;
    }
    const { mode, doc } = command;
    if (typeof doc === 'string') {
      if (doc !== '') {
        if (pendingSpace) {
          width -= 1;
          pendingSpace = false;
        }
        width -= textWidth(doc);
      }
      continue;
    }
    if (isDocs(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) commands.push({ mode, doc: doc[i] });
      continue;
    }
    switch (doc.type) {
      case 'indent':
        commands.push({ mode, doc: doc.contents });
        break;
      case 'group': {
        const groupMode = doc.break ? BREAK : mode;
        const contents = doc.expandedStates && groupMode === BREAK ? doc.expandedStates[doc.expandedStates.length - 1] : doc.contents;
        commands.push({ mode: groupMode, doc: contents });
        break;
      }
      case 'if-break':
        commands.push({ mode, doc: mode === BREAK ? doc.breakContents : doc.flatContents });
        break;
      case 'line':
        if (mode === BREAK || doc.hard) return true;
        if (!doc.soft) pendingSpace = true;
        break;
      default:
        break;
    }
  }
  return false;
}

/**
 * Prints `doc` in `width` columns, its lines indented by `baseIndent` spaces (the first line
 * too); trailing whitespace is trimmed from each line.
 */
export function printDoc(doc: Doc, width: number, baseIndent = 0): string {
  propagateBreaks(doc);
  const lines: string[] = [];
  let current = ' '.repeat(baseIndent);
  let position = baseIndent;
  const commands: Command[] = [{ indent: baseIndent, mode: BREAK, doc }];
  while (commands.length > 0) {
    const { indent: ind, mode, doc: d } = commands.pop()!;
    if (typeof d === 'string') {
      current += d;
      position += textWidth(d);
      continue;
    }
    if (isDocs(d)) {
      for (let i = d.length - 1; i >= 0; i--) commands.push({ indent: ind, mode, doc: d[i] });
      continue;
    }
    switch (d.type) {
      case 'indent':
        commands.push({ indent: ind + 2, mode, doc: d.contents });
        break;
      case 'group':
        commands.push(printGroup(d, ind, mode, width - position, commands));
        break;
      case 'if-break':
        commands.push({ indent: ind, mode, doc: mode === BREAK ? d.breakContents : d.flatContents });
        break;
      case 'line':
        if (mode === FLAT && !d.hard) {
          if (!d.soft) {
            current += ' ';
            position += 1;
          }
        } else {
          lines.push(current.replace(/[ \t]+$/, ''));
          current = ' '.repeat(ind);
          position = ind;
        }
        break;
      default:
        break;
    }
  }
  lines.push(current.replace(/[ \t]+$/, ''));
  return lines.join('\n');
}

/** How a group prints: flat if it fits, else the first expanded state that fits, else broken. */
function printGroup(g: Group, ind: number, mode: Mode, remaining: number, rest: readonly Command[]): Command {
  if (mode === FLAT) return { indent: ind, mode: g.break ? BREAK : FLAT, doc: g.contents };
  const flat: Command = { indent: ind, mode: FLAT, doc: g.contents };
  if (!g.break && fits(flat, rest, remaining)) return flat;
  if (g.expandedStates === undefined) return { indent: ind, mode: BREAK, doc: g.contents };
  if (!g.break) {
    for (let i = 1; i < g.expandedStates.length - 1; i++) {
      const state: Command = { indent: ind, mode: FLAT, doc: g.expandedStates[i] };
      if (fits(state, rest, remaining)) return state;
    }
  }
  return { indent: ind, mode: BREAK, doc: g.expandedStates[g.expandedStates.length - 1] };
}
