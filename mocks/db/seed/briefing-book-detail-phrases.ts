/**
 * Phrase lists behind a book's sections (lib/briefing-book-detail.ts): speakers, section titles,
 * bodies and readings. The sections are generated on request from the row, never stored, so these
 * lists cost nothing in the stored database.
 *
 * Readings are attributed to real, long-lived public sites (federal agencies, national
 * associations, research institutes). A reading titled after a topic has no page of its own, so it
 * is listed without a link: a deep link invented here would 404, and the publisher's home page is
 * not what its title promises. Only the few well-known pages below, titled as they are, are linked.
 */

export interface ReadingSite {
  source: string;
  url: string;
  /** Who could send a speaker: an agency, an organisation, or nobody (a data portal). */
  kind: 'federal' | 'organisation' | 'portal';
}

const site = (source: string, url: string, kind: ReadingSite['kind'] = 'organisation'): ReadingSite => ({
  source,
  url,
  kind,
});

export const GENERAL_SITES: readonly ReadingSite[] = [
  site('National League of Cities', 'https://www.nlc.org'),
  site('U.S. Conference of Mayors', 'https://www.usmayors.org'),
  site('Brookings Institution', 'https://www.brookings.edu'),
  site('Urban Institute', 'https://www.urban.org'),
  site('ICMA', 'https://icma.org'),
  site('Bloomberg Cities Network', 'https://bloombergcities.jhu.edu'),
  site('Lincoln Institute of Land Policy', 'https://www.lincolninst.edu'),
];

export const SITES_BY_AREA: Readonly<Record<string, readonly ReadingSite[]>> = {
  housing: [
    site('U.S. Department of Housing and Urban Development', 'https://www.hud.gov', 'federal'),
    site('HUD User', 'https://www.huduser.gov', 'portal'),
    site('National Low Income Housing Coalition', 'https://nlihc.org'),
    site('Joint Center for Housing Studies of Harvard University', 'https://www.jchs.harvard.edu'),
    site('Local Housing Solutions', 'https://localhousingsolutions.org'),
    site('Grounded Solutions Network', 'https://groundedsolutions.org'),
  ],
  'climate-energy': [
    site('U.S. Environmental Protection Agency', 'https://www.epa.gov', 'federal'),
    site('U.S. Department of Energy', 'https://www.energy.gov', 'federal'),
    site('National Renewable Energy Laboratory', 'https://www.nrel.gov'),
    site('American Council for an Energy-Efficient Economy', 'https://www.aceee.org'),
    site('Georgetown Climate Center', 'https://www.georgetownclimate.org'),
  ],
  'economic-development': [
    site('U.S. Economic Development Administration', 'https://www.eda.gov', 'federal'),
    site('U.S. Small Business Administration', 'https://www.sba.gov', 'federal'),
    site('Main Street America', 'https://mainstreet.org'),
    site('Federal Reserve', 'https://www.federalreserve.gov', 'portal'),
    site('Brookings Institution', 'https://www.brookings.edu'),
  ],
  'public-safety': [
    site('Bureau of Justice Assistance', 'https://bja.ojp.gov', 'federal'),
    site('COPS Office, U.S. Department of Justice', 'https://cops.usdoj.gov', 'federal'),
    site('Vera Institute of Justice', 'https://www.vera.org'),
    site('Council on Criminal Justice', 'https://counciloncj.org'),
    site('Police Executive Research Forum', 'https://www.policeforum.org'),
  ],
  transportation: [
    site('Federal Transit Administration', 'https://www.transit.dot.gov', 'federal'),
    site('Federal Highway Administration', 'https://highways.dot.gov', 'federal'),
    site('U.S. Department of Transportation', 'https://www.transportation.gov', 'federal'),
    site('National Association of City Transportation Officials', 'https://nacto.org'),
    site('American Public Transportation Association', 'https://www.apta.com'),
    site('Smart Growth America', 'https://smartgrowthamerica.org'),
  ],
  health: [
    site('Centers for Disease Control and Prevention', 'https://www.cdc.gov', 'federal'),
    site('Substance Abuse and Mental Health Services Administration', 'https://www.samhsa.gov', 'federal'),
    site('Health Resources and Services Administration', 'https://www.hrsa.gov', 'federal'),
    site('National Association of County and City Health Officials', 'https://www.naccho.org'),
    site('County Health Rankings & Roadmaps', 'https://www.countyhealthrankings.org', 'portal'),
  ],
  'education-youth': [
    site('U.S. Department of Education', 'https://www.ed.gov', 'federal'),
    site('The Wallace Foundation', 'https://wallacefoundation.org'),
    site('Afterschool Alliance', 'https://afterschoolalliance.org'),
    site('National Institute for Early Education Research', 'https://nieer.org'),
    site('Child Trends', 'https://www.childtrends.org'),
  ],
  workforce: [
    site('U.S. Department of Labor', 'https://www.dol.gov', 'federal'),
    site('Apprenticeship.gov', 'https://www.apprenticeship.gov', 'portal'),
    site('U.S. Bureau of Labor Statistics', 'https://www.bls.gov', 'portal'),
    site('National Skills Coalition', 'https://nationalskillscoalition.org'),
    site('Jobs for the Future', 'https://www.jff.org'),
  ],
  'equity-inclusion': [
    site('Government Alliance on Race and Equity', 'https://www.racialequityalliance.org'),
    site('PolicyLink', 'https://www.policylink.org'),
    site('Participatory Budgeting Project', 'https://www.participatorybudgeting.org'),
    site('ADA.gov', 'https://www.ada.gov', 'portal'),
    site('U.S. Census Bureau', 'https://www.census.gov', 'portal'),
  ],
  'budget-finance': [
    site('Government Finance Officers Association', 'https://www.gfoa.org'),
    site('The Pew Charitable Trusts', 'https://www.pewtrusts.org'),
    site('U.S. Department of the Treasury', 'https://home.treasury.gov', 'federal'),
    site('Tax Policy Center', 'https://www.taxpolicycenter.org'),
    site('Volcker Alliance', 'https://www.volckeralliance.org'),
  ],
  'digital-government': [
    site('Code for America', 'https://codeforamerica.org'),
    site('National Telecommunications and Information Administration', 'https://www.ntia.gov', 'federal'),
    site('Cybersecurity and Infrastructure Security Agency', 'https://www.cisa.gov', 'federal'),
    site('Digital.gov', 'https://digital.gov', 'portal'),
    site('Bloomberg Cities Network', 'https://bloombergcities.jhu.edu'),
  ],
  'arts-culture': [
    site('National Endowment for the Arts', 'https://www.arts.gov', 'federal'),
    site('Americans for the Arts', 'https://www.americansforthearts.org'),
    site('Project for Public Spaces', 'https://www.pps.org'),
    site('National Assembly of State Arts Agencies', 'https://nasaa-arts.org'),
  ],
  immigration: [
    site('Welcoming America', 'https://welcomingamerica.org'),
    site('Migration Policy Institute', 'https://www.migrationpolicy.org'),
    site('American Immigration Council', 'https://www.americanimmigrationcouncil.org'),
    site('U.S. Citizenship and Immigration Services', 'https://www.uscis.gov', 'portal'),
  ],
  infrastructure: [
    site('U.S. Environmental Protection Agency', 'https://www.epa.gov', 'federal'),
    site('Federal Highway Administration', 'https://highways.dot.gov', 'federal'),
    site('ASCE Infrastructure Report Card', 'https://infrastructurereportcard.org', 'portal'),
    site('American Water Works Association', 'https://www.awwa.org'),
    site('US Water Alliance', 'https://uswateralliance.org'),
  ],
  'parks-recreation': [
    site('National Recreation and Park Association', 'https://www.nrpa.org'),
    site('Trust for Public Land', 'https://www.tpl.org'),
    site('City Parks Alliance', 'https://cityparksalliance.org'),
    site('Rails to Trails Conservancy', 'https://www.railstotrails.org'),
    site('USDA Forest Service', 'https://www.fs.usda.gov', 'federal'),
  ],
};

export interface SpecificReading {
  title: string;
  url: string;
  source: string;
}

/** Well-known, long-lived pages, each under its own title, that a briefing might list. */
export const SPECIFIC_READINGS_BY_AREA: Readonly<Record<string, readonly SpecificReading[]>> = {
  housing: [
    { title: 'Out of Reach', url: 'https://nlihc.org/oor', source: 'National Low Income Housing Coalition' },
    { title: 'Fair Market Rents', url: 'https://www.huduser.gov/portal/datasets/fmr.html', source: 'HUD User' },
  ],
  'climate-energy': [
    {
      title: 'Smart Growth',
      url: 'https://www.epa.gov/smartgrowth',
      source: 'U.S. Environmental Protection Agency',
    },
  ],
  transportation: [
    {
      title: 'Urban Street Design Guide',
      url: 'https://nacto.org/publication/urban-street-design-guide/',
      source: 'National Association of City Transportation Officials',
    },
  ],
  workforce: [
    {
      title: 'Occupational Employment and Wage Statistics',
      url: 'https://www.bls.gov/oes/',
      source: 'U.S. Bureau of Labor Statistics',
    },
  ],
  'equity-inclusion': [
    { title: 'QuickFacts', url: 'https://www.census.gov/quickfacts/', source: 'U.S. Census Bureau' },
  ],
  'budget-finance': [
    {
      title: 'Best Practices',
      url: 'https://www.gfoa.org/best-practices',
      source: 'Government Finance Officers Association',
    },
  ],
  'parks-recreation': [{ title: 'ParkScore', url: 'https://www.tpl.org/parkscore', source: 'Trust for Public Land' }],
};

export const READING_TITLE_FORMS = [
  'Research and data on {topic}',
  '{Topic}: a guide for local leaders',
  'What cities are learning about {topic}',
  'Funding and technical assistance for {topic}',
  '{Topic}: model policies and program examples',
  'Measuring results in {topic}',
  '{Topic}: questions to ask before launch',
] as const;

/** Speakers are invented people (none of the demo accounts' surnames) in real places and roles. */
export const FIRST_NAMES = [
  'Alicia',
  'Andre',
  'Beatriz',
  'Caroline',
  'Daniel',
  'Deborah',
  'Elena',
  'Farah',
  'Gabriel',
  'Grace',
  'Hannah',
  'Imani',
  'Isaac',
  'Jamal',
  'Janet',
  'Kevin',
  'Keisha',
  'Laura',
  'Luis',
  'Malik',
  'Maria',
  'Michael',
  'Nadia',
  'Naomi',
  'Omar',
  'Patricia',
  'Rachel',
  'Rafael',
  'Samuel',
  'Sofia',
  'Tanya',
  'Thomas',
  'Valerie',
  'Wei',
  'Yolanda',
  'Zachary',
] as const;

export const LAST_NAMES = [
  'Abernathy',
  'Alvarez',
  'Brennan',
  'Castillo',
  'Dawson',
  'Delgado',
  'Ellison',
  'Fitzgerald',
  'Garza',
  'Haddad',
  'Hammond',
  'Ibarra',
  'Jefferson',
  'Kowalski',
  'Lindqvist',
  'Mahoney',
  'Morales',
  'Nakamura',
  'Okafor',
  'Osei',
  'Patel',
  'Quintero',
  'Ramsey',
  'Sandoval',
  'Sutherland',
  'Thornton',
  'Underwood',
  'Vasquez',
  'Whitaker',
  'Yamamoto',
  'Zielinski',
] as const;

/** Real cities with their states, for mayors and city officials on the panels. */
export const SPEAKER_CITIES = [
  'Tacoma, WA',
  'Dayton, OH',
  'Albuquerque, NM',
  'Richmond, VA',
  'Boise, ID',
  'Providence, RI',
  'Grand Rapids, MI',
  'Chattanooga, TN',
  'Durham, NC',
  'Spokane, WA',
  'Tucson, AZ',
  'Madison, WI',
  'Syracuse, NY',
  'Des Moines, IA',
  'Columbia, SC',
  'Santa Fe, NM',
  'Burlington, VT',
  'Louisville, KY',
  'Rochester, NY',
  'Fort Collins, CO',
] as const;

/** A city official's role per policy area ("Director of Transportation, City of Tacoma"). */
export const CITY_ROLES_BY_AREA: Readonly<Record<string, readonly string[]>> = {
  housing: ['Director of Housing and Community Development', 'Housing Policy Director'],
  'climate-energy': ['Chief Sustainability Officer', 'Director of the Office of Sustainability'],
  'economic-development': ['Director of Economic Development', 'Small Business Administrator'],
  'public-safety': ['Director of the Office of Violence Prevention', 'Director of Community Safety'],
  transportation: ['Director of Transportation', 'Transit Planning Manager'],
  health: ['Health Commissioner', 'Director of Public Health'],
  'education-youth': ['Director of Youth Services', 'Education Policy Advisor to the Mayor'],
  workforce: ['Director of Workforce Development', 'Chief Talent Officer'],
  'equity-inclusion': ['Chief Equity Officer', 'Director of the Office of Equity and Inclusion'],
  'budget-finance': ['Budget Director', 'Chief Financial Officer'],
  'digital-government': ['Chief Innovation Officer', 'Chief Information Officer'],
  'arts-culture': ['Director of Arts and Culture', 'Public Art Manager'],
  immigration: ['Director of the Office of Immigrant Affairs', 'Welcoming City Coordinator'],
  infrastructure: ['Director of Public Works', 'Director of Water Utilities'],
  'parks-recreation': ['Director of Parks and Recreation', 'Urban Forester'],
};

export const ORGANISATION_ROLES = [
  'Senior Fellow',
  'Director',
  'Research Director',
  'Program Director',
  'Vice President for Policy',
] as const;

export const FEDERAL_ROLES = ['Senior Advisor', 'Regional Director', 'Program Director'] as const;

export const PANEL_TITLE_FORMS = [
  'Panel: {Topic}, what mayors have learned',
  'Plenary: the state of {topic}',
  'Mayors in conversation: {topic}',
  'Panel: paying for {topic}',
  'Panel: {topic} beyond the pilot',
] as const;

export const WORKSHOP_TITLE_FORMS = [
  'Workshop: launching {topic} in year one',
  'Workshop: {topic} by the numbers',
  'Hands-on session: designing {topic}',
  'Workshop: winning council support for {topic}',
] as const;

export const BACKGROUND_TITLE_FORMS = [
  'Background: {topic}',
  'Why {topic} matters now',
  '{Topic} at a glance',
] as const;

export const READING_LIST_TITLE_FORMS = ['Readings', 'Further reading on {topic}', 'Before you go: readings'] as const;

export const DISCUSSION_QUESTIONS = [
  'What did the first year cost, and who paid for it?',
  'Which data did the city collect before launch, and which does it wish it had?',
  'How was the council brought along?',
  'What would the panelists do differently?',
  'Which state rules helped, and which got in the way?',
  'How were residents involved from the start?',
  'Which federal or philanthropic dollars made the difference?',
  'How did the city staff the work without new positions?',
] as const;

export const WORKSHOP_STEPS = [
  'Map what your city already spends on the problem.',
  'Pick one measurable goal for the first twelve months.',
  'Name the department that owns the work, and its partners.',
  'Draft a one-page memo for your council.',
  'List the data you will publish, and how often.',
  'Sketch a budget with a realistic timeline.',
] as const;

export const WORKSHOP_BRING = [
  'your most recent budget summary',
  'one question your council keeps asking',
  'a staff member who will carry the work',
  'the data your city already collects on the topic',
] as const;

export const BACKGROUND_OPENINGS = [
  'Cities of every size are working on {topic}, often ahead of their states and the federal government.',
  'Interest in {topic} has grown quickly among MIP members, and so have the questions about cost and results.',
  '{Topic} comes up in nearly every conversation MIP staff have with new mayors.',
  'The evidence on {topic} has matured: there are now results from cities that started early.',
] as const;

export const BACKGROUND_DETAILS = [
  'The programs that last have a clear owner inside city hall, a modest first phase and data published from the start.',
  'Most cities combine local dollars with federal or philanthropic funding for the first years.',
  'Designs differ widely: what works in a large city often needs changing for a city of 50,000.',
  'Early community engagement matters as much as the policy itself: it decides whether the program survives a budget year.',
] as const;

export const CLOSINGS = [
  'Questions about anything in here go to your MIP policy contact, who can also arrange a call with a speaker.',
  'Members may request a memo tailored to their city on any of these topics.',
  'Sessions are off the record unless marked otherwise; readings may be shared with city staff.',
] as const;
