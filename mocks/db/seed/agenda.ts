import { addDays, zonedDateTime } from '../dates';
import type { Prng } from '../prng';
import type { AgendaItemRow } from '../rows/meetings';

const PANEL_TOPICS = [
  'Building housing people can afford',
  'Cutting emissions from city fleets',
  'Downtown recovery after the pandemic',
  'Violence interruption that works',
  'Guaranteed income pilots: what we learned',
  'Safe streets for every neighborhood',
  'Lead pipe replacement at scale',
  'Youth summer jobs programs',
  'Participatory budgeting in practice',
  'Digital services residents actually use',
  'Heat resilience for vulnerable neighborhoods',
  'Welcoming new arrivals',
  'Small business recovery grants',
  'Mental health crisis response',
  'Broadband for every household',
] as const;

const SESSION_SHAPES = [
  ['09:00', 'Welcome and opening plenary', 'Opening remarks from the MIP director and the host mayor.'],
  ['10:30', 'Panel: {topic}', 'Mayors and researchers compare what has worked, with time for questions.'],
  ['12:30', 'Lunch conversation: {topic}', 'A working lunch with a featured speaker.'],
  ['14:00', 'Workshop: {topic}', 'Small-group session; bring one problem from your city.'],
  ['16:00', 'Mayors-only roundtable', 'An off-the-record conversation among mayors.'],
] as const;

/** A realistic agenda: up to five sessions a day in the meeting's own time zone. */
export function buildAgenda(
  rnd: Prng,
  startDate: string,
  days: number,
  timeZone: string,
  sessionsPerDay = 5,
): AgendaItemRow[] {
  const items: AgendaItemRow[] = [];
  for (let day = 0; day < days; day += 1) {
    const date = addDays(startDate, day);
    const count = day === days - 1 ? Math.min(2, sessionsPerDay) : sessionsPerDay;
    SESSION_SHAPES.slice(0, count).forEach(([time, title, description], index) => {
      const topic = rnd.pick(PANEL_TOPICS);
      const isOpening = day === 0 && index === 0;
      const isClosing = day === days - 1 && index === count - 1 && days > 1;
      items.push({
        startsAt: zonedDateTime(date, time, timeZone),
        title: isClosing
          ? 'Closing plenary and next steps'
          : index === 0 && !isOpening
            ? `Morning plenary: ${topic}`
            : title.replace('{topic}', topic),
        description: isClosing
          ? 'Commitments, follow-ups and the next convening.'
          : index === 0 && !isOpening
            ? "The day's opening discussion with mayors and practitioners."
            : description,
      });
    });
  }
  return items;
}
