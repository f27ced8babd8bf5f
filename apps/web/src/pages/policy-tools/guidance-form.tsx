import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import type { MigrationProfileStepInput, ProfileGuidanceQuery } from '../../gql/graphql';
import { FormError, MultiSelect, TextArea, TextField, useAction, useQuery } from '../../ui';
import { PartnerNamesDocument } from '../practices/documents';
import { SetMigrationProfileGuidanceDocument } from './documents';

type Guidance = NonNullable<ProfileGuidanceQuery['migrationProfileGuidance']>;

/** The Support Unit keeps the checklist of preparing a profile (in order) and who maintains it. */
export function GuidanceForm({ guidance, onDone }: { guidance: Guidance | null; onDone: () => void }) {
  const { t } = useTranslation();
  const organizations = useQuery(() => request(PartnerNamesDocument), []);
  const [steps, setSteps] = useState<MigrationProfileStepInput[]>([]);
  const [maintainers, setMaintainers] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const { error, run } = useAction();
  useEffect(() => {
    setSteps((guidance?.steps ?? []).map((step) => ({ key: step.key, title: step.title, description: step.description })));
    setMaintainers((guidance?.maintainers ?? []).map((organization) => organization.id));
  }, [guidance]);
  const setStep = (i: number, change: Partial<MigrationProfileStepInput>) => setSteps(steps.map((step, j) => (j === i ? { ...step, ...change } : step)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      await request(SetMigrationProfileGuidanceDocument, { input: { steps, maintainerIds: maintainers, expectedRevision: guidance?.revision } });
      setSaved(true);
      onDone();
    });
  };
  const fields = error?.fields ?? {};
  return (
    <details className="tool-panel no-print">
      <summary>{t('tools.editGuidance')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate className="stacked">
        <FormError error={error} />
        {steps.map((step, i) => (
          <fieldset key={i}>
            <legend>{t('tools.stepNumber', { number: i + 1 })}</legend>
            <TextField label={t('tools.stepKey')} hint={t('tools.stepKeyHint')} name={`steps.${i}.key`} value={step.key} onChange={(event) => setStep(i, { key: event.target.value })} error={fields[`input.steps.${i}.key`]} />
            <TextField label={t('tools.stepTitle')} name={`steps.${i}.title`} value={step.title} onChange={(event) => setStep(i, { title: event.target.value })} error={fields[`input.steps.${i}.title`]} />
            <TextArea
              label={t('tools.stepDescription')}
              name={`steps.${i}.description`}
              rows={3}
              value={step.description ?? ''}
              onChange={(event) => setStep(i, { description: event.target.value })}
              error={fields[`input.steps.${i}.description`]}
            />
            <button type="button" onClick={() => setSteps(steps.filter((_, j) => j !== i))}>
              {t('tools.removeStep')}
            </button>
          </fieldset>
        ))}
        <p>
          <button type="button" onClick={() => setSteps([...steps, { key: '', title: '', description: '' }])}>
            {t('tools.addStep')}
          </button>
        </p>
        <MultiSelect label={t('tools.maintainers')} name="maintainerIds" value={maintainers} onChange={setMaintainers} error={fields['input.maintainerIds']}>
          {(organizations.data?.organizations.edges ?? []).map(({ node }) => (
            <option key={node.id} value={node.id}>
              {node.name}
            </option>
          ))}
        </MultiSelect>
        <p>
          <button type="submit" className="primary">
            {t('tools.saveGuidance')}
          </button>
        </p>
        {saved && (
          <p role="status" className="notice">
            {t('tools.guidanceSaved')}
          </p>
        )}
      </form>
    </details>
  );
}
