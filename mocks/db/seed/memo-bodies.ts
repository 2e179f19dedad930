/**
 * The delivered memos' text, as MIP's policy staff write it: a short summary, then sections, a list
 * of options and one source link. Rich text on purpose, so the app's sanitising display and the
 * downloadable document are exercised with real markup. Kept apart from memos.ts so that file stays
 * a readable table of who asked what, when.
 */
export interface MemoBody {
  authorId: string;
  bodyHtml: string;
}

/** MIP's senior policy analyst writes most memos; the executive director wrote some earlier ones. */
const ANALYST = 'nadia-brooks';
const DIRECTOR = 'elena-park';

/** A tagged template only to mark the text as HTML; drops the source indentation. */
const html = (strings: TemplateStringsArray): string => strings.join('').trim().replace(/\n\s+/g, '\n');

export const MEMO_BODIES: Record<string, MemoBody> = {
  'memo-riverton-adu': {
    authorId: ANALYST,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> Riverton can expect more accessory dwelling units (ADUs) if it removes the two rules
        that stop most homeowners before they start, the owner-occupancy requirement and the extra parking space, and
        then makes the permit itself predictable: pre-approved plans, one point of contact and a published review
        timeline. Fee cuts help, but only after those barriers are gone.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Cities that saw ADU permits rise did several things at once. Seattle dropped its owner-occupancy and off-street
        parking requirements in 2019 and now allows two ADUs on many single-family lots. Portland, Oregon waived system
        development charges for ADUs, which lowered the cost of a typical unit by several thousand dollars. A number of
        California cities, prompted by state law, publish pre-approved plan sets that a homeowner can pick, site and
        submit, which shortens review to weeks. Smaller Midwestern cities have followed with lighter versions: a single
        zoning text amendment, a handout that explains the process in plain language, and a staff member who walks
        applicants through it.
      </p>
      <h2>Options</h2>
      <ul>
        <li>
          <strong>Zoning clean-up:</strong> allow one ADU by right on every residential lot, drop owner occupancy and
          the parking minimum, and align setbacks with those for garages.
        </li>
        <li>
          <strong>Pre-approved plans:</strong> commission three or four designs (studio, one bedroom, over a garage)
          that the building department has already reviewed.
        </li>
        <li>
          <strong>Permit navigator:</strong> one staff contact and a 30-day review target, published and reported
          quarterly.
        </li>
        <li>
          <strong>Fees:</strong> reduce or defer impact and connection fees for units rented at or below 80% of area
          median income for ten years.
        </li>
      </ul>
      <h2>Recommendation</h2>
      <p>
        Start with the zoning clean-up and a permit navigator: both are inexpensive and can be in place within one
        budget cycle. Commission pre-approved plans next year, once the first applications show which designs residents
        want. Tie any fee reduction to an affordability commitment so the council can show what the city received for
        it, and report ADU permits and completions each year so the policy can be adjusted on evidence.
      </p>
      <p>
        Source: <a href="https://www.huduser.gov/portal/home.html">HUD User, research on accessory dwelling units</a>
      </p>
    `,
  },

  'memo-riverton-transit': {
    authorId: ANALYST,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> A time-limited fare-free pilot on two or three high-ridership routes would let
        Riverton measure what free fares do to ridership, speed and cost before committing to a system-wide change. The
        lost fare revenue is usually smaller than councils expect, because fares cover only a modest share of operating
        costs in mid-sized systems.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Kansas City, Missouri made its buses fare-free in 2020, and Olympia, Washington's Intercity Transit did the same
        that year. Alexandria, Virginia made its DASH buses free in 2021 after redesigning its network. Boston took the
        pilot route: it made one busy bus line fare-free in 2021, then extended the pilot to three routes with federal
        relief funds, and reported higher ridership and faster boarding on those lines. Cities report the same lessons:
        boarding gets quicker, driver conflicts over fares drop, and the harder question is paying for the service once
        one-time funds run out.
      </p>
      <h2>Options</h2>
      <ul>
        <li>
          <strong>Route pilot:</strong> two or three routes serving lower-income neighborhoods, free for 12 to 24
          months, with before-and-after ridership counts.
        </li>
        <li>
          <strong>Targeted fares:</strong> free rides for youth, older adults or residents enrolled in benefit programs,
          verified through an existing card.
        </li>
        <li><strong>System-wide:</strong> all buses free, funded by a dedicated local source.</li>
      </ul>
      <h2>Costs and funding</h2>
      <p>
        The direct cost of a route pilot is the fare revenue those routes bring in today, plus any service added to
        carry more riders. In systems of Riverton's size fares typically cover well under a fifth of operating costs,
        and collecting them has its own costs: fareboxes, cash handling and enforcement. Cities have paid for pilots
        with federal relief funds, state grants, employer and university partnerships, and parking revenue. Whatever the
        source, the pilot budget should include the evaluation, and the council should know before launch what it would
        cost to continue.
      </p>
      <h2>Recommendation</h2>
      <p>
        Run a route pilot first. Agree the measures with the transit agency before launch (ridership, dwell time at
        stops, on-time performance, rider survey) and fund a full evaluation, so that at the end of the pilot the
        council decides on evidence rather than on anecdotes. Plan from the start for how service would be paid for if
        the pilot succeeds.
      </p>
      <p>Source: <a href="https://www.transit.dot.gov/">Federal Transit Administration</a></p>
    `,
  },

  'memo-riverton-heat': {
    authorId: DIRECTOR,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> Riverton's heat response today consists of opening cooling centers when the weather
        service issues a warning. Cities that have reduced heat illness go further: they assign one person to own the
        plan, reach the people most at risk before a heat wave, and treat shade and tree canopy as long-term
        infrastructure.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Phoenix created an Office of Heat Response and Mitigation in 2021, the first publicly funded city office of its
        kind, and Miami-Dade County appointed a chief heat officer the same year. Both combine short-term response
        (extended cooling-center hours, outreach to people without housing, wellness checks on older residents living
        alone) with longer-term work on cool roofs, shaded bus stops and tree planting in the hottest neighborhoods.
        Several Midwestern cities have adopted heat plans modeled on their winter-weather plans, with clear triggers and
        named responsibilities.
      </p>
      <h2>Options</h2>
      <ul>
        <li><strong>A named lead:</strong> one coordinator across emergency management, public health and parks.</li>
        <li>
          <strong>Triggers and actions:</strong> written thresholds that open cooling centers, extend library and pool
          hours and start outreach automatically.
        </li>
        <li>
          <strong>Reaching people at risk:</strong> a voluntary registry and partnerships with home-care agencies and
          faith communities.
        </li>
        <li>
          <strong>Canopy and shade:</strong> a tree-planting target for the neighborhoods with the highest surface
          temperatures.
        </li>
      </ul>
      <h2>Costs and funding</h2>
      <p>
        Most of the first-year work is staff time and coordination that existing departments can absorb: written
        triggers, an outreach list and agreements with libraries and pools to stay open longer. Extended hours and
        transportation to cooling centers cost money during a heat wave, so set aside a small contingency line. Canopy
        and shade are larger, multi-year investments; federal urban forestry grants, utility programs and state climate
        funds have paid for tree planting in other cities, and cool-roof requirements can be added to the building code
        at little public cost.
      </p>
      <h2>Recommendation</h2>
      <p>
        Name a lead and adopt written triggers before next summer: that costs little and changes the response most. Map
        surface temperatures with a volunteer campaign or university partner to target canopy investment, and report on
        heat-related emergency calls each season.
      </p>
      <p>Source: <a href="https://www.heat.gov/">National Integrated Heat Health Information System</a></p>
    `,
  },

  'memo-lakeport-crisis': {
    authorId: ANALYST,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> Lakeport can send trained civilian teams, rather than armed officers, to a large share
        of calls about mental health, substance use and homelessness. The programs that work start with a clear list of
        eligible call types, are dispatched through 911 and 988, and are evaluated from day one.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Eugene, Oregon's CAHOOTS program has paired a medic and a crisis worker since 1989 and handles a meaningful
        share of the city's public-safety calls. Denver's STAR program, launched in 2020, sends a mental health
        clinician and a paramedic to eligible calls; an independent study found fewer reports of low-level crimes in the
        areas it served, at lower cost than a police response. Albuquerque created a separate Community Safety
        department in 2021 as a third branch of public safety, alongside police and fire. Since the 988 Suicide and
        Crisis Lifeline launched in 2022, cities have also linked their teams to the regional 988 call center.
      </p>
      <h2>Options</h2>
      <ul>
        <li>
          <strong>Pilot in two districts:</strong> civilian teams on day and evening shifts, dispatched for an agreed
          list of call types.
        </li>
        <li>
          <strong>Co-responder model:</strong> clinicians ride with officers, a smaller change that keeps police in the
          lead.
        </li>
        <li>
          <strong>Citywide department:</strong> a standalone agency, as in Albuquerque, once a pilot shows results.
        </li>
      </ul>
      <h2>Costs and staffing</h2>
      <p>
        A civilian team of two, covering two shifts a day, needs roughly a dozen staff once leave and training are
        counted, plus vehicles, supervision and dispatcher training. Cities have paid for pilots with general funds,
        health department budgets, Medicaid billing for eligible services and federal grants. The hardest part is often
        hiring: licensed clinicians are in short supply, so recruiting should start early, and pay should be set to
        compete with hospitals and clinics.
      </p>
      <h2>Recommendation</h2>
      <p>
        Begin with a civilian pilot in the two districts with the most behavioral-health calls, with dispatch protocols
        written jointly by 911, police and the health department. Publish monthly numbers (calls answered, time on
        scene, calls that needed police backup, repeat contacts) and commission an outside evaluation, so that expansion
        can be decided on results.
      </p>
      <p>Source: <a href="https://www.samhsa.gov/">Substance Abuse and Mental Health Services Administration</a></p>
    `,
  },

  'memo-lakeport-guaranteed-income': {
    authorId: ANALYST,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> A guaranteed income pilot gives a defined group of residents a fixed monthly payment
        with no conditions, for a set period, and studies the results. For a city of Lakeport's size the main design
        choices are who is eligible, how much and for how long, how benefits are protected, and how the pilot will be
        evaluated.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Stockton, California's pilot paid 125 residents $500 a month for two years starting in 2019; its evaluation
        found recipients more likely to move into full-time work than a comparison group. Cook County, Illinois paid
        3,250 households $500 a month for two years, and Chicago's pilot paid 5,000 households $500 a month for a year.
        Dozens of cities have since run smaller pilots, many funded by philanthropy or federal recovery funds, and
        shared their designs through the Mayors for a Guaranteed Income network.
      </p>
      <h2>Options</h2>
      <ul>
        <li>
          <strong>Eligibility:</strong> income-based citywide, or focused on a group such as young parents or residents
          leaving foster care.
        </li>
        <li>
          <strong>Amount and length:</strong> $500 a month for 12 to 24 months is the common design; larger amounts
          reach fewer households.
        </li>
        <li>
          <strong>Benefits protection:</strong> waivers or hold-harmless funds so that payments do not cost recipients
          their other benefits.
        </li>
        <li><strong>Evaluation:</strong> a randomized lottery with a university partner.</li>
      </ul>
      <h2>Risks to plan for</h2>
      <p>
        The most common problem in early pilots was recipients losing other benefits, such as SNAP, Medicaid or housing
        assistance, because the payments counted as income. Several states and federal agencies have granted waivers for
        research pilots, but they take months to arrange. Other lessons: pay reliably on the same day each month, use a
        payment card or direct deposit that does not charge fees, and explain clearly that the pilot ends on a fixed
        date, so households can plan for it. Public communication matters too; cities that shared stories from
        participants alongside the data kept council and public support through the pilot.
      </p>
      <h2>Recommendation</h2>
      <p>
        Design a two-year pilot for 1,000 households selected by lottery, funded jointly by the city and philanthropy,
        with benefits protection agreed with the state before launch. Decide in advance what the council wants to learn,
        such as employment, housing stability or health, and fund the evaluation accordingly.
      </p>
      <p>Source: <a href="https://basicincome.stanford.edu/">Stanford Basic Income Lab</a></p>
    `,
  },

  'memo-lakeport-summer-jobs': {
    authorId: ANALYST,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> Paid summer jobs for young people are among the best-studied city programs, with
        effects on violence and school engagement. Scaling up is mostly a matter of employer recruitment, payroll and
        mentoring capacity, not demand: most programs turn away applicants.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Chicago's One Summer Chicago program was evaluated with a randomized study that found a large drop in
        violent-crime arrests among participants in the following year. New York City runs the largest program in the
        country, with up to 100,000 young people in recent summers, and Boston has long combined city-funded jobs with
        private employers. The common ingredients are a simple online application, a lottery when demand exceeds slots,
        a mentor for every participant, and a payroll partner that pays on time.
      </p>
      <h2>Options</h2>
      <ul>
        <li><strong>Grow slots:</strong> add private and nonprofit employers through a mayoral pledge campaign.</li>
        <li>
          <strong>Year-round pathway:</strong> follow the summer with part-time school-year placements for older
          participants.
        </li>
        <li>
          <strong>Focused outreach:</strong> reserve slots for young people in neighborhoods with the most violence.
        </li>
      </ul>
      <h2>Costs and funding</h2>
      <p>
        The main cost is wages: a six-week placement at 25 hours a week costs roughly $2,500 to $3,000 per young person
        at local wage levels, plus about a fifth of that for recruitment, mentoring and payroll. Cities pay for slots
        through the general fund, federal workforce funds, and employers who pay the wages of the young people they
        host. Employer-paid slots grow the program fastest, but they tend to go to older and better-prepared applicants,
        so the city should keep funding the slots reserved for focused outreach itself.
      </p>
      <h2>What to watch</h2>
      <p>
        Track how many participants complete the summer, whether they are paid on time, and what share return the next
        year or move on to a school-year placement.
      </p>
      <h2>Recommendation</h2>
      <p>
        Set a target of 2,000 additional slots over two summers, recruited through an employer pledge, and reserve a
        share for focused outreach. Keep the lottery, so the city can keep measuring results, and publish completion and
        wage data each fall.
      </p>
      <p>Source: <a href="https://www.dol.gov/agencies/eta/youth">U.S. Department of Labor, youth employment</a></p>
    `,
  },

  'memo-lakeport-lead': {
    authorId: ANALYST,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> Lakeport can replace its lead service lines within a decade if it finances the whole
        line, public and private side, removes the cost to homeowners, and replaces lines by block rather than one
        request at a time. Federal funds cover part of the cost; the rest is typically bonded and repaid through water
        rates.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Newark, New Jersey replaced more than 20,000 lead service lines in under three years, financed by a
        county-backed bond and with no charge to homeowners. Madison, Wisconsin replaced all of its lead lines over the
        2000s, sharing the private-side cost with owners through rebates. Many cities now combine these approaches with
        funds from the Bipartisan Infrastructure Law, which set aside $15 billion for lead line replacement through
        state revolving funds.
      </p>
      <h2>Options</h2>
      <ul>
        <li>
          <strong>Inventory first:</strong> finish the service-line inventory with records, inspections and predictive
          modeling.
        </li>
        <li>
          <strong>Full, free replacement:</strong> replace both sides of every lead line at no charge to the owner, paid
          for by bonds and federal funds.
        </li>
        <li>
          <strong>Cost sharing:</strong> rebates for the private side, which is cheaper for the city but slower and less
          equitable.
        </li>
      </ul>
      <h2>Costs and funding</h2>
      <p>
        Full replacement of a single line, public and private side, commonly costs between $5,000 and $12,000, depending
        on the length of the line, the street surface and how many lines are replaced on the same block. Replacing whole
        blocks at once is markedly cheaper than scattered replacements. State revolving funds offer low-interest loans
        and, for disadvantaged communities, loan forgiveness; the remainder is usually financed with revenue bonds
        repaid through water rates. Spreading the cost across all ratepayers, rather than charging owners, is what made
        Newark's pace possible, and it avoids leaving lead lines in place at the homes of owners who cannot pay.
      </p>
      <h2>Recommendation</h2>
      <p>
        Complete the inventory this year, adopt an ordinance that lets city crews replace the private side with the
        owner's consent, and apply for state revolving fund money for the first phase. Start with neighborhoods that
        have the most young children, and publish progress on a public map.
      </p>
      <p>Source: <a href="https://www.epa.gov/ground-water-and-drinking-water">U.S. EPA, drinking water</a></p>
    `,
  },

  'memo-cedar-falls-childcare': {
    authorId: ANALYST,
    bodyHtml: html`
      <p>
        <strong>Summary.</strong> In a city of Cedar Falls' size, a few new home-based providers and one employer
        partnership can close much of the childcare gap. The levers within the city's reach are zoning, start-up help
        for providers, and bringing employers to the table.
      </p>
      <h2>What other cities have done</h2>
      <p>
        Small cities that have added childcare slots mostly did so by making it easier to open a licensed home-based
        program: allowing them by right in residential zones, waiving local fees and connecting new providers with the
        regional child care resource and referral agency. Some communities have used federal recovery funds for start-up
        grants. Michigan's Tri-Share program, in which the employer, the employee and the state each pay a third of the
        cost, has been copied by employers in other states.
      </p>
      <h2>Options</h2>
      <ul>
        <li><strong>Zoning:</strong> allow licensed family childcare homes by right in every residential zone.</li>
        <li><strong>Start-up grants:</strong> small grants for equipment and safety upgrades for new providers.</li>
        <li><strong>Employer partnership:</strong> a shared-cost arrangement with the city's largest employers.</li>
      </ul>
      <h2>Costs and funding</h2>
      <p>
        The zoning change costs staff time only. A start-up grant fund of $50,000 could support ten new home-based
        providers at $5,000 each, enough for equipment, fencing and safety upgrades required for licensing; community
        foundations and the state's child care agency have co-funded such grants elsewhere. An employer partnership
        costs the city little beyond convening it, though cities have sometimes paid a share for their own employees to
        show commitment.
      </p>
      <h2>What to watch</h2>
      <p>
        Licensing takes time, so count applications and new providers in their first year, not only open slots. Ask new
        providers what nearly stopped them; their answers point to the next fix.
      </p>
      <h2>Recommendation</h2>
      <p>
        Change the zoning first: it costs nothing and removes a real barrier. Pair it with a small grant fund and invite
        the three largest employers to discuss a shared-cost pilot. Track licensed slots each year against the estimated
        number of children under five with working parents.
      </p>
      <p>Source: <a href="https://www.childcareaware.org/">Child Care Aware of America</a></p>
    `,
  },
};
