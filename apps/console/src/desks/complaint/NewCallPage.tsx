import { useNavigate, useSearchParams } from 'react-router';
import { CallForm } from './CallForm';
import { CallPage } from './CallPage';
import { ComplaintForm } from './ComplaintForm';
import { callHref, complaintHref } from './links';

/**
 * /desk/new-call (Alt+N): log a call (R15, R16, R12); `?call=ID` is the call's page (answer it,
 * turn it into a complaint); `?complaint=new[&call=ID]` registers a complaint (R17).
 */
export function NewCallPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const call = search.get('call');
  if (search.get('complaint') === 'new')
    return <ComplaintForm onRegistered={(c) => navigate(complaintHref(c.id))} />;
  if (call) return <CallPage key={call} id={call} />;
  return <CallForm onLogged={(c) => navigate(callHref(c.id))} />;
}
