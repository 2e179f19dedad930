/** A list's choices: words by value (`{ CA: 'California' }`), or records with an id and a name. */
export type Choices = Readonly<Record<string, string>> | Records;

type Records = readonly { id: string; name: string }[];

function isRecords(choices: Choices): choices is Records {
  return Array.isArray(choices);
}

/**
 * The options of a select, in order, after a first empty one when `none` says what choosing
 * nothing means ("Choose a policy area", "No meeting").
 */
export function Options({ choices, none }: { choices: Choices; none?: string }) {
  const pairs = isRecords(choices)
    ? choices.map((choice) => [choice.id, choice.name] as const)
    : Object.entries(choices);
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {pairs.map(([value, words]) => (
        <option key={value} value={value}>
          {words}
        </option>
      ))}
    </>
  );
}
