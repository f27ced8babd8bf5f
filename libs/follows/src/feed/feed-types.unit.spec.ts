import { Contributions, type FollowableSubject } from '@pfp/contributions';
import { feedEventTypes, feedProjection } from './feed.projection';

type GardenEvent =
  | { type: 'GardenPlanted'; data: { title: string } }
  | { type: 'GardenNewsPosted'; data: { text: string } }
  | { type: 'GardenWatered'; data: { litres: number } };
const garden: FollowableSubject<GardenEvent> = {
  category: 'garden',
  kind: 'GARDEN',
  mayFollow: async () => true,
  changes: { GardenPlanted: (d) => ({ title: d.title }) },
  feedTexts: { GardenNewsPosted: (d) => ({ text: d.text, metrics: [] }) },
};

describe('the event types the feed reads', () => {
  it('are the follows events and those its subjects change or tell, nothing else of the log', () => {
    const contributions = new Contributions();
    const projection = feedProjection(contributions);
    // asked when the consumer starts: a subject registered after the projection was built counts
    contributions.followable(garden);
    expect(projection.types).toEqual(
      [
        'FeedItemsMarkedRead',
        'FeedMarkedRead',
        'GardenNewsPosted',
        'GardenPlanted',
        'NotificationPreferenceSet',
        'SubjectFollowed',
        'SubjectUnfollowed',
      ].sort(),
    );
    expect(feedEventTypes(contributions)).not.toContain('GardenWatered');
  });
});
