import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { ProjectVisibility } from '../../gql/graphql';
import { FormError, formatDate, TextArea, TextField, useAction } from '../../ui';
import { AddMilestoneDocument, CancelProjectDocument, CompleteProjectDocument, EditProjectDocument, ReachMilestoneDocument } from './documents';
import { DateField, ThemesAndCountries, TitleAndSummary, today, VisibilitySelect } from './project-fields';
import type { ProjectSectionProps } from './project-partners';

/** The milestones; the lead adds them, any member marks one reached (today). */
export function MilestonesSection({ project, isLead, isPartner, onChanged }: ProjectSectionProps) {
  const { t, i18n } = useTranslation();
  const { error, run } = useAction();
  const [title, setTitle] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const base = { projectId: project.id, expectedRevision: project.revision };
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const added = await request(AddMilestoneDocument, { input: { ...base, title, plannedOn } });
      setTitle('');
      setPlannedOn('');
      onChanged(added.addMilestone.partnershipProject);
    });
  };
  const reach = (milestoneId: string) =>
    run(async () =>
      onChanged((await request(ReachMilestoneDocument, { input: { ...base, milestoneId, reachedOn: today() } })).reachMilestone.partnershipProject),
    );
  if (project.milestones.length === 0 && !isLead) return null;
  return (
    <section aria-labelledby="milestones">
      <h2 id="milestones">{t('projects.milestones')}</h2>
      <FormError error={error} />
      {project.milestones.length > 0 && (
        <ol className="milestones">
          {project.milestones.map((milestone) => (
            <li key={milestone.id} className={milestone.reachedOn ? 'reached' : undefined}>
              <span dir="auto">{milestone.title}</span> ·{' '}
              {milestone.reachedOn
                ? t('projects.reached', { date: formatDate(milestone.reachedOn, i18n.language) })
                : t('projects.planned', { date: formatDate(milestone.plannedOn, i18n.language) })}
              {!milestone.reachedOn && (isLead || isPartner) && (
                <>
                  {' '}
                  <button type="button" onClick={() => void reach(milestone.id)}>
                    {t('projects.markReached', { title: milestone.title })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {isLead && (
        <form onSubmit={add} className="inline-form" noValidate>
          <TextField
            label={t('projects.milestoneTitle')}
            name="title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            error={error?.fields.title}
          />
          <DateField label={t('projects.milestonePlannedOn')} name="plannedOn" value={plannedOn} onChange={setPlannedOn} error={error?.fields.plannedOn} />
          <button type="submit">{t('projects.addMilestone')}</button>
        </form>
      )}
    </section>
  );
}

/** The lead edits the title, description, visibility, themes, countries and end date. */
export function EditProjectSection({ project, onChanged }: Pick<ProjectSectionProps, 'project' | 'onChanged'>) {
  const { t } = useTranslation();
  const { error, run } = useAction();
  const [saved, setSaved] = useState(false);
  const [title, setTitle] = useState(project.title);
  const [summary, setSummary] = useState(project.summary);
  const [visibility, setVisibility] = useState<ProjectVisibility>(project.visibility);
  const [themes, setThemes] = useState(project.themes);
  const [countries, setCountries] = useState(project.countries);
  const [endsOn, setEndsOn] = useState(project.endsOn ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      const input = { projectId: project.id, expectedRevision: project.revision, title, summary, visibility, themes, countries, endsOn: endsOn || null };
      onChanged((await request(EditProjectDocument, { input })).editPartnershipProject.partnershipProject);
      setSaved(true);
    });
  };
  return (
    <details className="project-panel">
      <summary>
        <h2>{t('projects.edit')}</h2>
      </summary>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TitleAndSummary title={title} summary={summary} onTitle={setTitle} onSummary={setSummary} errors={error?.fields} />
        <VisibilitySelect value={visibility} onChange={setVisibility} error={error?.fields.visibility} />
        <ThemesAndCountries themes={themes} countries={countries} onThemes={setThemes} onCountries={setCountries} errors={error?.fields} />
        <DateField label={t('projects.fieldEndsOn')} name="endsOn" value={endsOn} onChange={setEndsOn} error={error?.fields.endsOn} />
        <p className="form-actions">
          <button type="submit" className="primary">
            {t('projects.save')}
          </button>
          {saved && <span role="status">{t('projects.saved')}</span>}
        </p>
      </form>
    </details>
  );
}

/** The lead completes the project, or cancels it with a reason. */
export function EndProjectSection({ project, onChanged }: Pick<ProjectSectionProps, 'project' | 'onChanged'>) {
  const { t } = useTranslation();
  const { error, run } = useAction();
  const [reason, setReason] = useState('');
  const base = { projectId: project.id, expectedRevision: project.revision };
  const complete = () => run(async () => onChanged((await request(CompleteProjectDocument, { input: base })).completeProject.partnershipProject));
  const cancel = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => onChanged((await request(CancelProjectDocument, { input: { ...base, reason } })).cancelProject.partnershipProject));
  };
  return (
    <section aria-labelledby="end-project" className="project-panel">
      <h2 id="end-project">{t('projects.end')}</h2>
      <FormError error={error} />
      <p>
        <button type="button" onClick={() => void complete()}>
          {t('projects.complete')}
        </button>
      </p>
      <form onSubmit={cancel} noValidate>
        <TextArea
          label={t('projects.cancelReason')}
          name="reason"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={error?.fields.reason}
        />
        <button type="submit">{t('projects.cancel')}</button>
      </form>
    </section>
  );
}
