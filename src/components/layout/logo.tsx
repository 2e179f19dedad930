import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** The MIP mark (as in the favicon) and the product's name, linking home. */
export function Logo() {
  return (
    <Link to={paths.home.href()} className="flex min-h-11 shrink-0 items-center gap-2.5 rounded-md text-slate-900">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
        <rect width="32" height="32" rx="6" className="fill-accent-700" />
        <path d="M7 23V9h3l6 8 6-8h3v14h-3.5v-8.5L16 21l-5.5-6.5V23z" fill="#fff" />
      </svg>
      <span className="leading-tight">
        {/* On a phone the header's room goes to who is signed in; the organization is still named. */}
        <span className="sr-only text-[0.8125rem] font-medium text-slate-600 sm:not-sr-only sm:block">
          Mayors Innovation Project
        </span>
        <span className="block text-lg font-bold tracking-tight">Member Hub</span>
      </span>
    </Link>
  );
}
