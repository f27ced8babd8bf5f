/**
 * A boolean query over analysed terms: what a search matches. `phrase` (terms at given
 * distances) is parsed but the index keeps no positions: `matchable` tells the caller to
 * answer such a query elsewhere.
 */
export type Query =
  | { kind: 'term'; term: string }
  | { kind: 'and' | 'or'; children: Query[] }
  | { kind: 'not'; child: Query }
  | { kind: 'phrase'; children: Query[] };

/** Whether the index can answer `query` exactly (no phrase in it). */
export function matchable(query: Query): boolean {
  switch (query.kind) {
    case 'term':
      return true;
    case 'not':
      return matchable(query.child);
    case 'phrase':
      return false;
    case 'and':
    case 'or':
      return query.children.every(matchable);
  }
}

/** The terms a match is ranked on: those not under a negation. */
export function rankedTerms(query: Query, out = new Set<string>()): Set<string> {
  if (query.kind === 'term') out.add(query.term);
  else if (query.kind !== 'not') for (const child of query.children) rankedTerms(child, out);
  return out;
}

/**
 * A query in PostgreSQL's tsquery text form (`'child' | 'children' & !( 'detent' )`,
 * `'child' <-> 'labour'`), as `websearch_to_tsquery(...)::text` prints it, so that the very
 * analysis PostgreSQL applies to the stored texts (its stemmers, its stop words) decides the
 * terms. Null for an empty query (it matches nothing). Weights and prefix marks are dropped.
 */
export function parseTsQuery(text: string): Query | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  let at = 0;
  const peek = () => tokens[at];
  const expect = (token: string) => {
    if (tokens[at] !== token) throw new Error(`tsquery: expected ${token} at token ${at} of ${text}`);
    at++;
  };
  const unary = (): Query => {
    const token = tokens[at++];
    if (token === '!') return { kind: 'not', child: unary() };
    if (token === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (token === undefined || !token.startsWith("'")) throw new Error(`tsquery: unexpected ${token ?? 'end'} in ${text}`);
    return { kind: 'term', term: token.slice(1) };
  };
  const phrase = (): Query => {
    const children = [unary()];
    while (peek()?.startsWith('<')) {
      at++;
      children.push(unary());
    }
    return children.length === 1 ? children[0] : { kind: 'phrase', children };
  };
  const list = (kind: 'and' | 'or', operator: string, next: () => Query) => (): Query => {
    const children = [next()];
    while (peek() === operator) {
      at++;
      children.push(next());
    }
    return children.length === 1 ? children[0] : { kind, children };
  };
  const and = list('and', '&', phrase);
  const or = list('or', '|', and);
  const query = or();
  if (at !== tokens.length) throw new Error(`tsquery: trailing ${tokens[at]} in ${text}`);
  return query;
}

/** Operators as themselves, a lexeme as `'` + its text (unescaped). */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') i++;
    else if (c === "'") {
      let lexeme = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`tsquery: unterminated lexeme in ${text}`);
        if (text[i] === "'" && text[i + 1] === "'") {
          lexeme += "'";
          i += 2;
        } else if (text[i] === '\\' && i + 1 < text.length) {
          lexeme += text[i + 1];
          i += 2;
        } else if (text[i] === "'") break;
        else lexeme += text[i++];
      }
      i++;
      if (text[i] === ':') while (i < text.length && /[:*A-Da-d]/.test(text[i])) i++; // weights, prefix
      tokens.push(`'${lexeme}`);
    } else if (c === '<') {
      const end = text.indexOf('>', i);
      tokens.push(text.slice(i, end + 1));
      i = end + 1;
    } else {
      tokens.push(c);
      i++;
    }
  }
  return tokens;
}
