import { useTranslation } from 'react-i18next';
import { TextArea } from '../../ui';

/** The kinds of event an endpoint may ask for, by the subject they are about (labels: the catalogue's event.<type>). */
export const EVENT_GROUPS = [
  ['practices', ['PracticePublished', 'PracticeRevised', 'PracticeTranslationAdded', 'PracticeTranslationRevised', 'PracticeArchived']],
  ['calls', ['CallForActionPosted', 'CallForActionEdited', 'CallForActionResponded', 'ResponseAccepted', 'CallForActionClosed', 'CallForActionConverted']],
  [
    'projects',
    [
      'PartnershipProjectLaunched',
      'PartnershipProjectEdited',
      'ProjectUpdatePosted',
      'MilestoneAdded',
      'MilestoneReached',
      'ProjectPartnerAdded',
      'ProjectCompleted',
      'ProjectCancelled',
    ],
  ],
] as const;

const SUBJECT = /(?:practice|callForAction|project)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** One subject id per line; a pasted address of a practice, call or project counts as its id; other text is kept for the server to refuse by name. */
export function parseSubjects(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => SUBJECT.exec(part)?.[0] ?? part);
}

/** Where a subject's page is, from its id's category. */
export function subjectPath(id: string): string | null {
  if (id.startsWith('practice-')) return `/practices/${id}`;
  if (id.startsWith('callForAction-')) return `/calls/${id}`;
  if (id.startsWith('project-')) return `/projects/${id}`;
  return null;
}

export interface FilterValues {
  eventTypes: string[];
  subjectsText: string;
}

/** What an endpoint asks for: kinds of event (none ticked: all) and subjects (none: every one the organisation may read). */
export function FilterFields({ values, onChange, error }: { values: FilterValues; onChange: (values: FilterValues) => void; error?: string }) {
  const { t } = useTranslation();
  const toggle = (type: string, on: boolean) =>
    onChange({ ...values, eventTypes: on ? [...values.eventTypes, type] : values.eventTypes.filter((one) => one !== type) });
  return (
    <>
      <fieldset className="webhook-events" name="eventTypes">
        <legend>{t('webhooks.eventTypes')}</legend>
        <p className="hint">{t('webhooks.eventTypesHint')}</p>
        <div className="webhook-event-groups">
          {EVENT_GROUPS.map(([group, types]) => (
            <fieldset key={group}>
              <legend>{t(`webhooks.group.${group}`)}</legend>
              {types.map((type) => (
                <label key={type} className="choice">
                  <input type="checkbox" value={type} checked={values.eventTypes.includes(type)} onChange={(event) => toggle(type, event.target.checked)} />{' '}
                  {t(`event.${type}`)}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>
      <TextArea
        label={t('webhooks.subjects')}
        hint={t('webhooks.subjectsHint')}
        name="subjects"
        rows={3}
        dir="ltr"
        value={values.subjectsText}
        error={error}
        onChange={(event) => onChange({ ...values, subjectsText: event.target.value })}
      />
    </>
  );
}
