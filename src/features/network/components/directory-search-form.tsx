import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { policyAreaListQueryOptions } from '@/api/queries/policy-area-queries';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { paths } from '@/config/paths';
import { US_STATE_CODES } from '@/lib/us-states';
import { directorySearchString, type DirectorySearch } from '../api/network-queries';

/** Search by name or city, narrowed by state, policy area and kind; the search lives in the URL. */
export function DirectorySearchForm({ memberId, search }: { memberId: string; search: DirectorySearch }) {
  const navigate = useNavigate();
  const { data: areas } = useQuery(policyAreaListQueryOptions());
  const [values, setValues] = useState({
    q: search.q,
    state: search.state ?? '',
    policyArea: search.policyArea ?? '',
    kind: search.kind ?? '',
  });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  return (
    <form
      role="search"
      aria-label="Directory"
      className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const next: DirectorySearch = {
          q: values.q,
          ...(values.state && { state: values.state }),
          ...(values.policyArea && { policyArea: values.policyArea }),
          ...(values.kind && { kind: values.kind as NonNullable<DirectorySearch['kind']> }),
          page: 1,
        };
        void navigate(paths.member.directory.href(memberId, directorySearchString(next)));
      }}
    >
      <div className="sm:col-span-3">
        <Field id="directory-q" label="Name, city or title" hint="For example: “chen”, “Dayton” or “chief of staff”.">
          {(control) => <Input {...control} type="search" value={values.q} onChange={set('q')} />}
        </Field>
      </div>
      <Field id="directory-state" label="State">
        {(control) => (
          <Select {...control} value={values.state} onChange={set('state')}>
            <option value="">All states</option>
            {US_STATE_CODES.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="directory-area" label="Policy area">
        {(control) => (
          <Select {...control} value={values.policyArea} onChange={set('policyArea')}>
            <option value="">All policy areas</option>
            {areas?.items.map((area) => (
              <option key={area.id} value={area.id}>
                {area.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="directory-kind" label="Who">
        {(control) => (
          <Select {...control} value={values.kind} onChange={set('kind')}>
            <option value="">Everyone</option>
            <option value="mayor">Mayors</option>
            <option value="city_staff">City staff</option>
            <option value="mip_expert">MIP policy experts</option>
          </Select>
        )}
      </Field>
      <div className="sm:col-span-3">
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}
