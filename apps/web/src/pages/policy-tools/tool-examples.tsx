import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { formatDate } from '../../intl';
import { Link } from '../../router';
import { useSession } from '../../session';
import { FormError, Select, TextArea, TextField, useAction, useQuery } from '../../ui';
import { AcceptPolicyToolExampleDocument, DeclinePolicyToolExampleDocument, ExampleChoicesDocument, ProposePolicyToolExampleDocument } from './documents';
import type { Tool, ToolPageData } from './tool-data';

type Practices = ToolPageData['practices'];
type Example = Tool['examples'][number];

/** A cited practice (its page on the platform) or a link elsewhere. */
export function ExampleLink({ example, practices }: { example: { practiceId?: string | null; url?: string | null; title?: string | null }; practices: Practices }) {
  const { t } = useTranslation();
  if (example.practiceId) {
    const practice = practices[example.practiceId];
    return (
      <Link href={`/practices/${encodeURIComponent(example.practiceId)}`} lang={practice?.language}>
        {example.title ?? practice?.title ?? t('tools.aPractice')}
      </Link>
    );
  }
  if (example.url)
    return (
      <a href={example.url} rel="noopener noreferrer">
        {example.title ?? example.url}
      </a>
    );
  return null;
}

function sectionTitle(tool: Tool, key: string): string {
  return tool.edition?.sections.find((section) => section.key === key)?.title ?? key;
}

/** Anyone signed in proposes a practice of the platform or a link as an example for a section. */
export function ProposeExample({ tool, onDone }: { tool: Tool; onDone: () => void }) {
  const { t } = useTranslation();
  const sections = tool.edition?.sections ?? [];
  const choices = useQuery(() => request(ExampleChoicesDocument), []);
  const [sectionKey, setSectionKey] = useState(sections[0]?.key ?? '');
  const [kind, setKind] = useState<'practice' | 'link'>('practice');
  const [practiceId, setPracticeId] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const { error, run } = useAction();
  if (sections.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const refused = await run(async () => {
      const example = kind === 'practice' ? { practiceId } : { url: url.trim(), title: title.trim() };
      await request(ProposePolicyToolExampleDocument, { input: { toolId: tool.id, sectionKey, note, expectedRevision: tool.revision, ...example } });
      setNote('');
      setUrl('');
      setTitle('');
      setSent(true);
      onDone();
    });
    if (refused) setSent(false);
  };
  return (
    <section aria-labelledby="propose-example" className="tool-panel no-print">
      <h2 id="propose-example">{t('tools.propose')}</h2>
      <p>{t('tools.proposeIntro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="stacked">
        <FormError error={error} />
        <Select label={t('tools.section')} name="sectionKey" value={sectionKey} onChange={(event) => setSectionKey(event.target.value)} error={error?.fields['input.sectionKey']}>
          {sections.map((section) => (
            <option key={section.key} value={section.key}>
              {section.title}
            </option>
          ))}
        </Select>
        <fieldset>
          <legend>{t('tools.exampleKind')}</legend>
          <label>
            <input type="radio" name="kind" checked={kind === 'practice'} onChange={() => setKind('practice')} /> {t('tools.examplePractice')}
          </label>
          <label>
            <input type="radio" name="kind" checked={kind === 'link'} onChange={() => setKind('link')} /> {t('tools.exampleLink')}
          </label>
        </fieldset>
        {kind === 'practice' ? (
          <Select label={t('tools.practice')} name="practiceId" value={practiceId} onChange={(event) => setPracticeId(event.target.value)} error={error?.fields['input.practiceId']}>
            <option value="">{t('tools.choosePractice')}</option>
            {(choices.data?.practices.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.title}
              </option>
            ))}
          </Select>
        ) : (
          <>
            <TextField label={t('tools.url')} name="url" type="url" value={url} onChange={(event) => setUrl(event.target.value)} error={error?.fields['input.url']} />
            <TextField label={t('tools.linkTitle')} name="title" value={title} onChange={(event) => setTitle(event.target.value)} error={error?.fields['input.title']} />
          </>
        )}
        <TextArea label={t('tools.note')} name="note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} error={error?.fields['input.note']} />
        <p>
          <button type="submit" className="primary">
            {t('tools.proposeSubmit')}
          </button>
        </p>
        {sent && (
          <p role="status" className="notice">
            {t('tools.proposed')}
          </p>
        )}
      </form>
    </section>
  );
}

/** The proposals the viewer's organisation made, with the owner's answer. */
export function ViewerProposals({ tool, practices }: { tool: Tool; practices: Practices }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const own = tool.examples.filter((example) => example.proposedBy === viewer?.organization.id);
  if (own.length === 0) return null;
  return (
    <section aria-labelledby="own-proposals" className="tool-panel">
      <h2 id="own-proposals">{t('tools.ownProposals')}</h2>
      <ul>
        {own.map((example) => (
          <li key={example.exampleId}>
            <ExampleLink example={example} practices={practices} /> · {sectionTitle(tool, example.sectionKey)} · {t(`tools.exampleStatus.${example.status}`)}
            {example.decidedAt && ` (${formatDate(example.decidedAt, i18n.language)})`}
            {example.declineReason && <p dir="auto">{t('tools.declinedBecause', { reason: example.declineReason })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Proposal({ tool, example, names, practices, onDone }: { tool: Tool; example: Example; names: Record<string, string>; practices: Practices; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { error, run } = useAction();
  const accept = () =>
    run(async () => {
      await request(AcceptPolicyToolExampleDocument, { input: { toolId: tool.id, exampleId: example.exampleId, expectedRevision: tool.revision } });
      onDone();
    });
  const decline = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setReasonError(t('form.required'));
    setReasonError(undefined);
    const refused = await run(async () => {
      await request(DeclinePolicyToolExampleDocument, { input: { toolId: tool.id, exampleId: example.exampleId, reason, expectedRevision: tool.revision } });
      onDone();
    });
    if (refused) setReasonError(refused.fields['input.reason']);
  };
  const headingId = `proposal-${example.exampleId}`;
  return (
    <li className="proposal">
      <h3 id={headingId}>
        <ExampleLink example={example} practices={practices} />
      </h3>
      <p className="meta">
        {t('tools.proposedBy', { organization: names[example.proposedBy] ?? example.proposedBy, date: formatDate(example.proposedAt, i18n.language) })} ·{' '}
        {sectionTitle(tool, example.sectionKey)}
      </p>
      {example.note && <p dir="auto">{example.note}</p>}
      <FormError error={error} />
      <p>
        <button type="button" className="primary" onClick={() => void accept()}>
          {t('tools.accept')}
        </button>
      </p>
      <form onSubmit={(event) => void decline(event)} noValidate className="stacked">
        <TextArea label={t('tools.declineReason')} name="reason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} error={reasonError} />
        <p>
          <button type="submit">{t('tools.decline')}</button>
        </p>
      </form>
    </li>
  );
}

/** The owner's queue: proposals to accept (they appear in the next edition) or decline with a reason. */
export function OwnerProposals({ tool, names, practices, onDone }: { tool: Tool; names: Record<string, string>; practices: Practices; onDone: () => void }) {
  const { t } = useTranslation();
  const waiting = tool.examples.filter((example) => example.status === 'PROPOSED');
  const accepted = tool.examples.filter((example) => example.status === 'ACCEPTED' && example.edition === null);
  return (
    <section aria-labelledby="owner-proposals" className="tool-panel no-print">
      <h2 id="owner-proposals">{t('tools.proposals', { count: waiting.length })}</h2>
      {waiting.length === 0 && <p>{t('tools.noProposals')}</p>}
      <ul className="plain">
        {waiting.map((example) => (
          <Proposal key={example.exampleId} tool={tool} example={example} names={names} practices={practices} onDone={onDone} />
        ))}
      </ul>
      {accepted.length > 0 && (
        <>
          <h3>{t('tools.acceptedWaiting')}</h3>
          <ul>
            {accepted.map((example) => (
              <li key={example.exampleId}>
                <ExampleLink example={example} practices={practices} /> · {sectionTitle(tool, example.sectionKey)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
