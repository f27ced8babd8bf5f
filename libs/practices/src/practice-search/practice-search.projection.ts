import type { Projection } from '@pfp/event-sourcing';
import { regionCodesOfCountries } from '@pfp/taxonomy';
import type { EntityManager } from 'typeorm';
import { isVisibleToPublic } from '../domain/practice';
import { foldIntoRow, isPracticeEvent } from '../shared/fold-row';
import { facetValues } from './search-query';
import { documentSql } from './text-search';

export const PRACTICE_SEARCH = 'practice-search';
export const PRACTICE_SEARCH_TABLES = ['practice_search'];

/**
 * practice_search: the public text of each practice (the published one, also while a revision
 * is in review) with its translations, as weighted tsvectors (`document` to match, `head` to
 * rank), and the facet columns.
 */
export const practiceSearchProjection: Projection = {
  name: PRACTICE_SEARCH,
  tables: PRACTICE_SEARCH_TABLES,
  async handle(events, manager: EntityManager) {
    for (const event of events) {
      if (!isPracticeEvent(event)) continue;
      const state = await foldIntoRow(manager, 'practice_search', event);
      if (!state || state.status === 'NONE') continue;
      const visible = isVisibleToPublic(state);
      const content = state.published ?? state.working;
      const params: unknown[] = [];
      const document = visible ? documentSql([content, ...state.translations], params) : `''::tsvector`;
      const head = visible ? documentSql([content, ...state.translations], params, true) : `''::tsvector`;
      const regions = regionCodesOfCountries(content.countries);
      const gcmObjectives = content.themes.filter((t) => t.startsWith('gcm-'));
      const values = [
        event.streamName,
        event.revision,
        visible,
        JSON.stringify(state),
        content.title,
        content.language,
        content.themes,
        gcmObjectives,
        regions,
        content.countries,
        state.ownerOrganizationId,
        content.implementationStatus,
        state.publishedAt,
        facetValues({ themes: content.themes, gcmObjectives, regions, countries: content.countries, owner: state.ownerOrganizationId, implementationStatus: content.implementationStatus }),
      ];
      const offset = params.length;
      const p = values.map((_, i) => `$${offset + i + 1}`);
      await manager.query(
        `INSERT INTO practice_search (id, revision, visible, state, title, language, themes, gcm_objectives, regions, countries,
           owner_organization_id, implementation_status, published_at, facet_values, document, head)
         VALUES (${p.join(', ')}, ${document}, ${head})
         ON CONFLICT (id) DO UPDATE SET revision = EXCLUDED.revision, visible = EXCLUDED.visible, state = EXCLUDED.state,
           title = EXCLUDED.title, language = EXCLUDED.language, themes = EXCLUDED.themes, gcm_objectives = EXCLUDED.gcm_objectives,
           regions = EXCLUDED.regions, countries = EXCLUDED.countries, implementation_status = EXCLUDED.implementation_status,
           published_at = EXCLUDED.published_at, facet_values = EXCLUDED.facet_values, document = EXCLUDED.document, head = EXCLUDED.head
         WHERE practice_search.revision < EXCLUDED.revision`,
        [...params, ...values],
      );
    }
  },
};
