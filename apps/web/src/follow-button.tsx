import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from './api';
import { FollowDocument, FollowedDocument, UnfollowDocument } from './documents';
import { useSession } from './session';
import { FormError, useAction } from './ui';

/** Follow or unfollow a practice, call or project (signed-in readers). */
export function FollowButton({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [state, setState] = useState<boolean | null>(null);
  const { error, run } = useAction();
  useEffect(() => {
    if (!viewer) return;
    request(FollowedDocument).then(
      (answer) => setState(answer.followedSubjects.includes(targetId)),
      () => setState(false),
    );
  }, [viewer, targetId]);
  if (!viewer || state === null) return null;
  const toggle = () =>
    run(async () => {
      const answer = state
        ? (await request(UnfollowDocument, { input: { subjectId: targetId } })).unfollow
        : (await request(FollowDocument, { input: { subjectId: targetId } })).follow;
      setState(answer.following);
    });
  return (
    <>
      <button type="button" aria-pressed={state} onClick={() => void toggle()}>
        {state ? t('follow.following') : t('follow.follow')}
      </button>
      <FormError error={error} />
    </>
  );
}
