import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorSummary, type FieldProblem } from '../shared/ui/error-summary';
import { ErrorNotice } from '../shared/ui/error-notice';
import { TextField } from '../shared/ui/fields';
import { Notice } from '../shared/ui/notice';
import { PageTitle } from '../shared/ui/page-title';
import { homeOf } from './areas';
import { useSession, useSessionStore } from './session-context';

const TEXT = {
  title: 'Inloggen',
  intro: 'Log in met het e-mailadres en wachtwoord van uw account.',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  submit: 'Inloggen',
  busy: 'Bezig met inloggen…',
  emailMissing: 'Vul uw e-mailadres in.',
  passwordMissing: 'Vul uw wachtwoord in.',
  expired: 'Uw sessie is afgelopen. Log opnieuw in om verder te werken.',
  loggedOut: 'U bent uitgelogd.',
  residents:
    'Bent u inwoner? U hebt geen account nodig. Gebruik de link die u van uw consulent kreeg.',
};

export function LoginPage() {
  const session = useSession();
  const store = useSessionStore();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (session.status === 'active') {
    return <Navigate to={from ?? homeOf(session.user.role)} replace />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldProblem[] = [];
    if (!email.trim()) found.push({ inputId: 'login-email', message: TEXT.emailMissing });
    if (!password) found.push({ inputId: 'login-password', message: TEXT.passwordMissing });
    setProblems(found);
    setFailure(null);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await store.login(email.trim(), password);
      const state = store.getState();
      if (state.status === 'active')
        void navigate(from ?? homeOf(state.user.role), { replace: true });
    } catch (error) {
      setFailure(error);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (inputId: string) => problems.find((p) => p.inputId === inputId)?.message;
  return (
    <div className="wmo-narrow">
      <PageTitle>{TEXT.title}</PageTitle>
      {session.status === 'anonymous' && session.reason === 'expired' && (
        <Notice type="warning">{TEXT.expired}</Notice>
      )}
      {session.status === 'anonymous' && session.reason === 'logged-out' && (
        <Notice type="ok">{TEXT.loggedOut}</Notice>
      )}
      <Paragraph>{TEXT.intro}</Paragraph>
      <ErrorSummary problems={problems} />
      {failure !== null && <ErrorNotice error={failure} title="Inloggen lukte niet" />}
      <form onSubmit={submit} noValidate aria-label={TEXT.title}>
        <TextField
          id="login-email"
          label={TEXT.email}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
          error={errorOf('login-email')}
        />
        <TextField
          id="login-password"
          label={TEXT.password}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errorOf('login-password')}
        />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {busy ? TEXT.busy : TEXT.submit}
          </Button>
        </Paragraph>
      </form>
      <Paragraph>
        <small>{TEXT.residents}</small>
      </Paragraph>
    </div>
  );
}
