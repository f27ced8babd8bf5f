import { draft, mexicoDraft } from '@pfp/practices/testing';
import type { Locator, Page } from 'playwright-core';
import { PHONE, useSite } from './site-harness';

/*
 * Issue 18 point 2 in the site: Mexico (a state) drafts its training practice and, submitting it,
 * answers each quality criterion on the form; the Support Unit questions one answer with a note on
 * the practice page, which sends the practice back; Mexico reads the question, answers again and
 * resubmits; the Support Unit confirms every answer and publishes; the page then says "confirmed
 * by the Support Unit". The submit form and the review form are axe-clean at desktop and 360 px,
 * in English and Arabic.
 */

const MEXICO = 'mx@demo.pfp.example';
const SUPPORT_UNIT = 'gfmd-support-unit@demo.pfp.example';
const QUESTION = 'Name the three countries where the training was replicated.';
const REPLICATED = 'Replicated in Guatemala, Honduras and El Salvador (2011 report).';

interface Criterion {
  key: string;
  title: string;
}

interface Assessment {
  status: string;
  changesRequested: string | null;
  assessment: { status: string; answers: Array<{ criterionKey: string; meets: boolean; how: string; links: string[]; verdict: string | null }> } | null;
}

describe('answering the quality criteria and assessing the answers in the site (issue 18 point 2)', () => {
  const site = useSite();
  let criteria: Criterion[];

  beforeAll(async () => {
    criteria = (await site.api.gql<{ qualityCriteria: Criterion[] }>('{ qualityCriteria { key title } }')).data!.qualityCriteria;
  });

  /** The practice as its owner reads it, over GraphQL. */
  async function read(id: string, token: string): Promise<Assessment> {
    const { data } = await site.api.gql<{ practice: Assessment }>(
      `query($id: ID!) { practice(id: $id) { status changesRequested assessment { status answers { criterionKey meets how links verdict } } } }`,
      { id },
      { token },
    );
    return data!.practice;
  }

  const checkEveryWay = (path: string, name: string, signInAs: string, ready: (page: Page) => Promise<unknown>) =>
    site.checkEveryWay(path, `quality-assessment-${name}`, { signInAs, ready });

  const group = (scope: Page | Locator, title: string) => scope.getByRole('group', { name: `Does the practice meet “${title}”?` });
  const verdictGroup = (scope: Page | Locator, title: string) => scope.getByRole('group', { name: `Your verdict on “${title}”` });

  it('the owner answers each criterion on submitting; the Support Unit questions one, the owner answers again, the Support Unit confirms all and publishes', async () => {
    expect(criteria.length).toBeGreaterThanOrEqual(7);
    const mexico = await site.api.signInAsDemo('mx');
    const supportUnit = await site.api.signInAsDemo('gfmd-support-unit');
    const id = (await draft(site.api, mexico, { ...mexicoDraft, title: `${mexicoDraft.title}, answered in the site ${Date.now()}` })).practice.id as string;
    const editPath = `/practices/${encodeURIComponent(id)}/edit`;
    const pagePath = `/practices/${encodeURIComponent(id)}`;
    const replicability = criteria.find((criterion) => criterion.key === 'replicability')!;
    const cost = criteria.find((criterion) => criterion.key === 'cost-and-resources')!;

    // The submit form, every criterion "not stated" before any submission: axe in four ways.
    await checkEveryWay(editPath, 'submit-form', MEXICO, (page) =>
      page
        .locator('fieldset.quality-answer')
        .nth(criteria.length - 1)
        .waitFor(),
    );

    const { context, page } = await site.newPage();
    await site.signIn(page, MEXICO);
    await page.goto(`${site.origin}${editPath}`);
    const answers = page.getByRole('region', { name: 'Quality criteria' });
    for (const criterion of criteria) expect(await group(answers, criterion.title).getByLabel('Not stated', { exact: true }).isChecked()).toBe(true);

    // "Yes" with no "how", and a link that is not https: named by their labels, nothing sent
    await group(answers, replicability.title).getByLabel('Yes', { exact: true }).check();
    await answers.getByLabel(`Links to the evidence for “${replicability.title}”`).fill('http://www.gob.mx/inm');
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: new RegExp(`How it meets “${replicability.title}”, or why not`) }).waitFor();
    await summary.getByRole('link', { name: new RegExp(`Links to the evidence for “${replicability.title}”`) }).waitFor();
    expect((await read(id, mexico)).status).toBe('DRAFT');

    for (const criterion of criteria) {
      const meets = criterion.key !== cost.key;
      await group(answers, criterion.title)
        .getByLabel(meets ? 'Yes' : 'No', { exact: true })
        .check();
      await answers
        .getByLabel(`How it meets “${criterion.title}”, or why not`)
        .fill(meets ? `How the training meets ${criterion.key}.` : 'The cost of the courses was not recorded.');
      await answers.getByLabel(`Evidence for “${criterion.title}” (text)`).fill('The National Migration Institute’s report on the 2010-2011 courses.');
      await answers.getByLabel(`Links to the evidence for “${criterion.title}”`).fill(meets ? 'https://www.gob.mx/inm https://www.gob.mx/inm/documentos' : '');
    }
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    await page.getByText('Submitted for review by the Support Unit.').waitFor();
    const submitted = await read(id, mexico);
    expect(submitted.status).toBe('IN_REVIEW');
    expect(submitted.assessment?.answers).toHaveLength(criteria.length);
    expect(submitted.assessment?.answers.find((a) => a.criterionKey === 'replicability')).toEqual({
      criterionKey: 'replicability',
      meets: true,
      how: 'How the training meets replicability.',
      links: ['https://www.gob.mx/inm', 'https://www.gob.mx/inm/documentos'],
      verdict: null,
    });
    expect(submitted.assessment?.answers.find((a) => a.criterionKey === cost.key)?.meets).toBe(false);
    await context.close();

    // The review form on the practice page: axe in four ways.
    const review = (p: Page) => p.locator('form.quality-verdicts');
    await checkEveryWay(pagePath, 'review-form', SUPPORT_UNIT, (p) =>
      review(p)
        .locator('fieldset')
        .nth(criteria.length - 1)
        .waitFor(),
    );

    // The Support Unit: a question needs a note; then questions replicability and confirms the rest.
    const su = await site.newPage();
    await site.signIn(su.page, SUPPORT_UNIT);
    await su.page.goto(`${site.origin}${pagePath}`);
    const form = review(su.page);
    await verdictGroup(form, replicability.title).getByText('How the training meets replicability.').waitFor();
    expect(await verdictGroup(form, replicability.title).getByRole('link', { name: 'https://www.gob.mx/inm/documentos' }).count()).toBe(1);
    for (const criterion of criteria)
      await verdictGroup(form, criterion.title)
        .getByLabel(criterion.key === 'replicability' ? 'Question' : 'Confirm', { exact: true })
        .check();
    await form.getByRole('button', { name: 'Send the assessment' }).click();
    await form
      .locator('.error-summary')
      .getByRole('link', { name: new RegExp(`What should the owner answer on “${replicability.title}”\\?`) })
      .waitFor();
    expect((await read(id, mexico)).assessment?.status).toBe('AWAITING_REVIEW');
    await form.getByLabel(`What should the owner answer on “${replicability.title}”?`).fill(QUESTION);
    await form.getByRole('button', { name: 'Send the assessment' }).click();
    // sent back: the review actions leave the page
    await su.page.locator('.badge', { hasText: 'Changes requested' }).waitFor();
    expect(await su.page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    const questioned = await read(id, mexico);
    expect(questioned.status).toBe('CHANGES_REQUESTED');
    expect(questioned.changesRequested).toContain(QUESTION);

    // The owner reads the question on the practice page, answers again on the form (prefilled) and resubmits.
    const owner = await site.newPage({ viewport: PHONE });
    await site.signIn(owner.page, MEXICO);
    await owner.page.goto(`${site.origin}${pagePath}`);
    const section = owner.page.getByRole('region', { name: 'Quality criteria' });
    const item = section.getByRole('listitem').filter({ has: owner.page.getByRole('heading', { name: replicability.title }) });
    await item.getByText('Questioned by the Support Unit').waitFor();
    await item.getByText(QUESTION).waitFor();
    // the form again, every answer prefilled and the question beside its criterion: axe in four ways
    await checkEveryWay(editPath, 'answer-again-form', MEXICO, (p) =>
      p
        .locator('fieldset.quality-answer textarea')
        .nth(criteria.length * 2 - 1)
        .waitFor(),
    );
    await owner.page.goto(`${site.origin}${editPath}`);
    const again = owner.page.getByRole('region', { name: 'Quality criteria' });
    const how = again.getByLabel(`How it meets “${replicability.title}”, or why not`);
    await how.waitFor();
    expect(await how.inputValue()).toBe('How the training meets replicability.');
    await group(again, replicability.title).getByText(QUESTION).waitFor();
    expect(await group(again, cost.title).getByLabel('No', { exact: true }).isChecked()).toBe(true);
    await how.fill(REPLICATED);
    await owner.page.getByRole('button', { name: 'Save and submit for review' }).click();
    await owner.page.getByText('Submitted for review by the Support Unit.').waitFor();
    const resubmitted = await read(id, mexico);
    expect(resubmitted.status).toBe('IN_REVIEW');
    // the unchanged answers keep their confirmation; the new one waits for a verdict
    expect(resubmitted.assessment?.answers.filter((a) => a.verdict === 'CONFIRMED')).toHaveLength(criteria.length - 1);

    // The Support Unit confirms the new answer (the others come confirmed), then publishes.
    await su.page.reload();
    const second = review(su.page);
    await verdictGroup(second, replicability.title).getByText(REPLICATED).waitFor();
    expect(await verdictGroup(second, cost.title).getByLabel('Confirm', { exact: true }).isChecked()).toBe(true);
    await verdictGroup(second, replicability.title).getByLabel('Confirm', { exact: true }).check();
    await second.getByRole('button', { name: 'Send the assessment' }).click();
    await second.getByText('Assessment sent.').waitFor();
    await su.page.getByRole('button', { name: 'Publish' }).click();
    await su.page.getByRole('button', { name: 'Publish' }).waitFor({ state: 'detached' });
    expect((await read(id, supportUnit)).status).toBe('PUBLISHED');
    await su.context.close();

    // Anyone reads "confirmed by the Support Unit" on the practice page.
    const visitor = await site.newPage();
    await visitor.page.goto(`${site.origin}${pagePath}`);
    const published = visitor.page.getByRole('region', { name: 'Quality criteria' });
    await published.getByText(`Meets ${criteria.length - 1} of ${criteria.length} criteria, confirmed by the Support Unit`).waitFor();
    await published
      .getByRole('listitem')
      .filter({ has: visitor.page.getByRole('heading', { name: replicability.title }) })
      .getByText(REPLICATED)
      .waitFor();
    await visitor.context.close();
    await owner.context.close();
  }, 420_000);
});
