import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api';
import { FormError, TextArea, TextField, useAction } from '../../ui';
import { PostProjectUpdateDocument, type ProjectDetails } from './documents';
import { parseFigure } from './figures';
import { ProgressFields, progressInput, useProgressValues } from './target-progress';

interface FigureRow {
  key: number;
  indicator: string;
  value: string;
  unit: string;
}

/**
 * "Post an update": a text, an optional video link, the value reached on each of the project's
 * targets (a yearly progress report is one update covering all of them) and any number of
 * other figures (indicator, value, unit).
 */
export function PostUpdateForm({ project, onPosted }: { project: ProjectDetails; onPosted: (project: ProjectDetails) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [figures, setFigures] = useState<FigureRow[]>([]);
  const [next, setNext] = useState(1);
  const { error, run } = useAction();
  const [notNumbers, setNotNumbers] = useState<Record<string, string>>({});
  const progress = useProgressValues(project.targets);
  const setFigure = (key: number, change: Partial<FigureRow>) => setFigures((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = Object.fromEntries(
      figures.flatMap((row, i) =>
        (row.indicator.trim() || row.value.trim()) && Number.isNaN(parseFigure(row.value)) ? [[`metrics.${i}.value`, t('projects.valueNumber')]] : [],
      ),
    );
    const wrongProgress = progress.check();
    setNotNumbers(wrong);
    if (Object.keys(wrong).length > 0 || wrongProgress) return;
    void run(async () => {
      const posted = await request(PostProjectUpdateDocument, {
        input: {
          projectId: project.id,
          text,
          videoUrl: videoUrl.trim() || null,
          metrics: figures
            .filter((row) => row.indicator.trim() || row.value.trim())
            .map((row) => ({
              indicator: row.indicator,
              value: parseFigure(row.value),
              unit: row.unit.trim() || null,
            })),
          progress: progressInput(progress.values, project.targets),
        },
      });
      setText('');
      setVideoUrl('');
      setFigures([]);
      progress.clear();
      onPosted(posted.postProjectUpdate.partnershipProject);
    });
  };
  return (
    <section aria-labelledby="post-update" className="project-panel">
      <h2 id="post-update">{t('projects.postUpdate')}</h2>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextArea
          label={t('projects.updateText')}
          name="text"
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
          required
          error={error?.fields.text}
        />
        <TextField
          label={t('projects.videoLink')}
          hint={t('projects.videoHint')}
          name="videoUrl"
          type="url"
          inputMode="url"
          dir="ltr"
          value={videoUrl}
          onChange={(event) => setVideoUrl(event.target.value)}
          error={error?.fields.videoUrl}
        />
        <ProgressFields targets={project.targets} progress={progress} error={error} />
        {figures.map((row, i) => (
          <fieldset key={row.key} className="figure-row">
            <legend>{t('projects.figureN', { n: i + 1 })}</legend>
            <TextField
              label={t('projects.indicator')}
              name={`metrics.${i}.indicator`}
              value={row.indicator}
              onChange={(event) => setFigure(row.key, { indicator: event.target.value })}
              error={error?.fields[`metrics.${i}.indicator`]}
            />
            <TextField
              label={t('projects.value')}
              name={`metrics.${i}.value`}
              inputMode="decimal"
              value={row.value}
              onChange={(event) => setFigure(row.key, { value: event.target.value })}
              error={notNumbers[`metrics.${i}.value`] ?? error?.fields[`metrics.${i}.value`]}
            />
            <TextField
              label={t('projects.unit')}
              name={`metrics.${i}.unit`}
              value={row.unit}
              onChange={(event) => setFigure(row.key, { unit: event.target.value })}
              error={error?.fields[`metrics.${i}.unit`]}
            />
            <button type="button" className="link-button" onClick={() => setFigures((rows) => rows.filter((other) => other.key !== row.key))}>
              {t('projects.removeFigure', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        {error?.fields.metrics && <p className="field-error">{error.fields.metrics}</p>}
        <p className="form-actions">
          <button
            type="button"
            onClick={() => {
              setFigures((rows) => [...rows, { key: next, indicator: '', value: '', unit: '' }]);
              setNext((n) => n + 1);
            }}
          >
            {t('projects.addFigure')}
          </button>
          <button type="submit" className="primary">
            {t('projects.postUpdateSubmit')}
          </button>
        </p>
      </form>
    </section>
  );
}
