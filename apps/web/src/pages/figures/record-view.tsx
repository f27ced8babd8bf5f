import { useEffect } from 'react';
import { request } from '../../api';
import { useLocation } from '../../router';
import { RecordViewDocument } from './documents';

/** The item pages whose views are counted: /practices/<id>, /calls/<id>, /projects/<id>, /tools/<id>. */
const ITEM_PAGE = /^\/(?:practices|calls|projects|tools)\/((?:practice|callForAction|project|policyTool)-[0-9a-f-]{36})$/;

/** The id of the item a path shows, if it is an item's page. */
export const itemOfPath = (path: string): string | null => ITEM_PAGE.exec(path)?.[1] ?? null;

/**
 * Counts a view when an item's page is shown (once per path change). The answer is not used:
 * a refusal (a draft, a robot) changes nothing for the reader, and a failure is not worth a word.
 */
export function ViewCounter() {
  const { path } = useLocation();
  useEffect(() => {
    const subjectId = itemOfPath(path);
    if (subjectId) request(RecordViewDocument, { input: { subjectId } }).catch(() => undefined);
  }, [path]);
  return null;
}
