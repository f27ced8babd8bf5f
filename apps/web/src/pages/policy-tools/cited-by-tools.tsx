import { useTranslation } from 'react-i18next';
import type { PolicyToolKind } from '../../gql/graphql';
import { Link } from '../../router';
import { toolHref } from './tool-card';

interface CitingTool {
  id: string;
  kind: PolicyToolKind;
  edition?: { number: number; title: string; language: string } | null;
}

/** On a practice's page: the released tools whose current edition gives it as an example. */
export function CitedByTools({ tools }: { tools: CitingTool[] }) {
  const { t } = useTranslation();
  if (tools.length === 0) return null;
  return (
    <section aria-labelledby="cited-by-tools">
      <h2 id="cited-by-tools">{t('tools.citedBy')}</h2>
      <ul>
        {tools.map((tool) => (
          <li key={tool.id}>
            <Link href={toolHref(tool.id)} lang={tool.edition?.language}>
              {tool.edition?.title ?? tool.id}
            </Link>{' '}
            <span className="meta">
              ({t(`tools.kind.${tool.kind}`)}, {t('tools.editionNumber', { number: tool.edition?.number ?? 0 })})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
