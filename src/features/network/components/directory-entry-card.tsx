import type { DirectoryEntry } from '@/api/contracts/network';
import { StatusTag } from '@/components/ui/status-tag';

const KIND_LABEL: Record<DirectoryEntry['kind'], string> = {
  mayor: 'Mayor',
  city_staff: 'City staff',
  mip_expert: 'MIP policy expert',
};

/** One person as the directory shows them to every member. */
export function DirectoryEntryCard({ entry }: { entry: DirectoryEntry }) {
  const place = [entry.city, entry.state].filter(Boolean).join(', ');
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-lg font-semibold text-slate-900">{entry.name}</span>
        <StatusTag>{KIND_LABEL[entry.kind]}</StatusTag>
      </p>
      <p className="text-slate-700">{[entry.title, place].filter(Boolean).join(' · ')}</p>
      {entry.policyAreas.length > 0 && (
        <p className="text-[0.9375rem] text-slate-600">Works on: {entry.policyAreas.map((a) => a.name).join(', ')}</p>
      )}
      <p>
        <a
          href={`mailto:${entry.email}`}
          className="font-medium text-accent-700 underline underline-offset-2 hover:text-accent-900"
        >
          {entry.email}
        </a>
      </p>
    </div>
  );
}
