import { useParams } from 'react-router';

/** The member (city) whose hub this is, from `/m/:memberId`: the acting context lives in the URL. */
export function useMemberId(): string {
  const { memberId } = useParams();
  if (!memberId) throw new Error('useMemberId is only for routes under /m/:memberId');
  return memberId;
}
