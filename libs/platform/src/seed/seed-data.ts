// The raw material of seeded members (see seed-members.ts): names, organisations, job titles, text and how
// often each occurs. Every organisation is invented. Lists are kept as text, parsed by the three helpers below.

/** Whitespace-separated words (one name per word). */
function words(text: string): readonly string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Lines of `key: value`: the values of each key, in order. */
function keyed(text: string): Readonly<Record<string, readonly string[]>> {
  const result: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon > 0) (result[line.slice(0, colon).trim()] ??= []).push(line.slice(colon + 2).trim());
  }
  return result;
}

/** `A 3, B 1.5`: each value with its relative weight. */
export function weights(text: string): Array<[string, number]> {
  return text.split(',').map((entry): [string, number] => {
    const [value, weight] = entry.trim().split(/\s+/);
    return [value, Number(weight)];
  });
}

/** First names, by the pronouns their bearers most often use. */
export const FEMALE_FIRST_NAMES = words(`
  Olivia Amelia Isla Ava Emily Sophie Grace Charlotte Hannah Lucy Rebecca Sarah Emma Rachel Claire Helen
  Joanne Karen Susan Margaret Elizabeth Catherine Katherine Fiona Morag Eilidh Kirsty Ailsa Siân Cerys Ffion
  Bethan Rhiannon Seren Aoife Niamh Siobhan Orla Ciara Róisín Saoirse Priya Anjali Sunita Deepa Harpreet
  Simran Ayesha Fatima Zainab Nusrat Shabana Amina Aaliyah Chiamaka Ngozi Adaeze Folake Abena Chantelle
  Keisha Marcia Precious Mei Ling Yuki Linh Agnieszka Katarzyna Magdalena Ewa Ioana Andreea Jurgita Zofia
  Leila Yasmin Noor Jess Zoë Maryam
`);

export const MALE_FIRST_NAMES = words(`
  Oliver George Harry Jack Thomas James William Daniel Matthew Andrew David Michael Paul Mark Richard
  Stephen Steven Peter Robert John Christopher Callum Euan Angus Hamish Fraser Dafydd Gethin Rhys Owain
  Iwan Cian Ciarán Oisín Pádraig Declan Eoin Conor Mohammed Mohamed Ahmed Omar Imran Bilal Tariq Arjun
  Rajesh Sanjay Vikram Harjit Amrit Kwame Kofi Chinedu Emeka Oluwaseun Tunde Delroy Winston Marcus Tyrone
  Jermaine Wei Jun Hao Kenji Minh Tomasz Piotr Krzysztof Marek Andrei Bogdan Darius Mantas Florin Yusuf
  Hassan Idris Ravi Nathan Ibrahim
`);

export const NEUTRAL_FIRST_NAMES = words(`
  Alex Sam Jordan Charlie Jamie Robin Morgan Riley Taylor Casey Rowan Kai Ashley Jesse Eden Sasha Ari Jude
`);

export const SURNAMES = words(`
  Smith Taylor Brown Wilson Johnson Walker Wright Robinson Thompson White Hughes Edwards Green Hall Wood
  Harris Clarke Jackson Turner Hill Moore Cooper Ward Morris King Baker Harrison Allen Bennett Carter Shaw
  Fletcher Holmes Marsh Parker Barker Chapman Fox Campbell Stewart MacDonald Robertson Murray Reid Ross
  Fraser Henderson Paterson Mackenzie McLeod Sinclair Duncan Grant Buchanan Crawford Davies Evans Williams
  Jones Lewis Price Powell Pritchard Lloyd Griffiths Rees Bowen Llewellyn Vaughan Morgan Murphy O'Brien
  Kelly Byrne Ryan O'Sullivan Walsh Doherty McCarthy Gallagher O'Neill Quinn Kavanagh Brennan Nolan Devlin
  McLaughlin Patel Shah Khan Ahmed Hussain Ali Begum Singh Kaur Sharma Gupta Chowdhury Rahman Islam Iqbal
  Malik Mahmood Akhtar Sandhu Gill Dhillon Bhatt Mistry Desai Joshi Nair Menon Pillai Kumar Perera
  Fernando Siddiqui Qureshi Okafor Adeyemi Okonkwo Mensah Boateng Asante Owusu Adebayo Eze Nwosu Ogunleye
  Bankole Mwangi Kamara Osei Abdi Mohamud Francis Bailey Richards Samuels Gayle Christie Forbes Chen Wong
  Li Zhang Wang Liu Lam Cheung Ng Tan Lee Nguyen Tran Pham Kim Park Tanaka Huang Nowak Wójcik Kaczmarek
  Mazur Krawczyk Popescu Ionescu Dumitru Petrov Kazlauskas Horvat Novak Shevchenko Bondarenko Georgiou
  Papadopoulos Yılmaz Demir Kaya Haddad Khalil Farah Hosseini Rahimi Rossi Esposito Silva Santos Ferreira
  Costa Garcia
`);

/** How many members live in each region (by code; roughly by population; a region not listed gets 2). */
export const REGION_WEIGHTS = Object.fromEntries(
  weights(`LONDON 9, MIDLANDS 11, NORTH_EAST_AND_YORKSHIRE 8, NORTH_WEST 7.5, SOUTH_EAST 9, EAST_OF_ENGLAND 6.5,
    SOUTH_WEST 5.5, SCOTLAND 2.5, WALES 1.5, NORTHERN_IRELAND 1`),
);

/** How often each starting topic is chosen, relative to 1 (topics not listed). */
export const TOPIC_WEIGHTS = Object.fromEntries(
  weights(`co-production 3, mental-health 2.5, health-inequalities 2, patient-safety 1.5,
    long-term-conditions 1.5, primary-care 1.5, rare-conditions 0.5`),
);

export const LEADER_TYPE_WEIGHTS = weights(`PATIENT_LEADER 30, CARER_LEADER 10, HEALTHCARE_PROFESSIONAL 25,
  HEALTHCARE_MANAGER 20, COMMUNITY_LEADER 10, OTHER 5`);

/** Which kind of organisation (see ORGANISATIONS; none: not given) members of each leader type name. */
export const ORGANISATION_KINDS: Readonly<Record<string, Array<[string, number]>>> = {
  PATIENT_LEADER: weights('patients 45, charity 30, none 25'),
  CARER_LEADER: weights('charity 50, patients 20, none 30'),
  HEALTHCARE_PROFESSIONAL: weights('trust 60, gp 35, none 5'),
  HEALTHCARE_MANAGER: weights('trust 50, icb 35, gp 15'),
  COMMUNITY_LEADER: weights('community 70, charity 25, none 5'),
  OTHER: weights('other 80, none 20'),
};

/** Pronouns (for the 40% who give them), by the list a member's first name came from. */
export const PRONOUNS: Readonly<Record<string, Array<[string, number]>>> = {
  female: weights('she/her 17, she/they 2, they/them 1'),
  male: weights('he/him 18, he/they 1, they/them 1'),
  neutral: weights('they/them 2, she/her 1, he/him 1'),
};

/** Organisations by kind: trust, icb (integrated care board), gp, charity, patients (patient groups), community, other. */
export const ORGANISATIONS = keyed(`
  trust: Riverside NHS Foundation Trust
  trust: Northgate Teaching Hospitals NHS Trust
  trust: Severn Vale Community Health NHS Trust
  trust: Pennine Edge Mental Health NHS Foundation Trust
  trust: Tamar and Moor NHS Foundation Trust
  trust: Fenland and Ouse University Hospitals NHS Trust
  trust: Thameside Children’s NHS Foundation Trust
  trust: Wolds Coast Partnership NHS Trust
  trust: Heathbridge University Hospitals NHS Foundation Trust
  trust: Mersey Marshes Community NHS Trust
  trust: Chiltern Ridge Healthcare NHS Trust
  trust: Kingsmere Mental Health Partnership NHS Trust
  trust: Weald and Downs Ambulance Service NHS Foundation Trust
  trust: Black Country Valleys NHS Trust
  icb: NHS Riverside and Weald Integrated Care Board
  icb: NHS Pennine Edge Integrated Care Board
  icb: NHS Severn and Marches Integrated Care Board
  icb: NHS Fens and Broads Integrated Care Board
  icb: NHS Tyne Coast Integrated Care Board
  icb: NHS Heathbridge and Kingsmere Integrated Care Board
  gp: Elm Tree Surgery
  gp: Canal Street Medical Centre
  gp: Hillview Family Practice
  gp: Riverbank Health Centre
  gp: The Parade Surgery
  gp: Millbrook Group Practice
  gp: Station Road Medical Practice
  gp: Orchard Park Primary Care Network
  charity: Breathe Easy Together
  charity: Carers Connect Network
  charity: The Memory Café Trust
  charity: Sickle Cell Voices
  charity: Little Steps Neonatal Charity
  charity: Diabetes Peer Circle
  charity: Open Minds Mental Health Charity
  charity: Kidney Friends Association
  charity: Rare Together UK
  charity: Stroke Recovery Fellowship
  charity: Young Carers Heathbridge
  charity: Hope After Loss
  patients: Elm Tree Surgery Patient Participation Group
  patients: Northgate Maternity Voices Partnership
  patients: Riverside Patient Voice Forum
  patients: Pennine Edge Service User Network
  patients: Heathbridge Patient Safety Partners
  patients: Tamar and Moor Patient Panel
  patients: Kingsmere Experts by Experience Group
  community: Eastside Community Hub
  community: Bridge Street Mosque Health Circle
  community: St Saviour’s Community Kitchen
  community: Windrush Generations Wellbeing Group
  community: Heathbridge Polish Community Centre
  community: Northgate Tenants’ Association
  community: Valley Gurdwara Seva Group
  community: Riverside Refugee Welcome
  community: Heathbridge City Council
  community: Wessex Downs County Council
  other: University of Heathbridge
  other: Northgate Applied Health Research Collaboration
  other: Kingsmere Health Innovation Network
  other: Severn Vale Hospice
  other: Brightside Care Homes
  other: Pennine Edge College
`);

/** What replaces a trust or an ICB in the devolved nations: health boards and health and social care trusts. */
export const DEVOLVED_HEALTH_BODIES = keyed(`
  SCOTLAND: NHS Firthlands
  SCOTLAND: NHS Glenmoor and Islands
  SCOTLAND: NHS Clydeside Valleys
  WALES: Afon Valley University Health Board
  WALES: Bro Morgannwg Coast Health Board
  WALES: Eryri Health Board
  NORTHERN_IRELAND: Lough Neagh Health and Social Care Trust
  NORTHERN_IRELAND: Mourne and Foyle Health and Social Care Trust
`);

/**
 * Job titles for each leader type. A title may end in `#<topic-slug>`: a member with that title most often
 * cares about that topic (a community midwife about maternity).
 */
export const JOB_TITLES = keyed(`
  PATIENT_LEADER: Patient partner
  PATIENT_LEADER: Lay member
  PATIENT_LEADER: Patient and public voice partner
  PATIENT_LEADER: Expert by experience #mental-health
  PATIENT_LEADER: Patient safety partner #patient-safety
  PATIENT_LEADER: Lay representative
  PATIENT_LEADER: Peer support worker
  PATIENT_LEADER: Patient representative
  PATIENT_LEADER: Volunteer
  PATIENT_LEADER: Trustee
  PATIENT_LEADER: Research partner #research-innovation
  CARER_LEADER: Carer representative #carers
  CARER_LEADER: Carers’ champion #carers
  CARER_LEADER: Parent carer forum chair #children-young-people
  CARER_LEADER: Family liaison volunteer
  CARER_LEADER: Carer peer supporter #carers
  CARER_LEADER: Lay member
  HEALTHCARE_PROFESSIONAL: Consultant psychiatrist #mental-health
  HEALTHCARE_PROFESSIONAL: Community midwife #maternity
  HEALTHCARE_PROFESSIONAL: GP #primary-care
  HEALTHCARE_PROFESSIONAL: Practice nurse #primary-care
  HEALTHCARE_PROFESSIONAL: Diabetes specialist nurse #diabetes
  HEALTHCARE_PROFESSIONAL: Consultant obstetrician #maternity
  HEALTHCARE_PROFESSIONAL: Clinical psychologist #mental-health
  HEALTHCARE_PROFESSIONAL: Paramedic
  HEALTHCARE_PROFESSIONAL: Physiotherapist #long-term-conditions
  HEALTHCARE_PROFESSIONAL: Occupational therapist #disability-access
  HEALTHCARE_PROFESSIONAL: Pharmacist #long-term-conditions
  HEALTHCARE_PROFESSIONAL: Palliative care consultant #end-of-life-care
  HEALTHCARE_PROFESSIONAL: Clinical nurse specialist #cancer
  HEALTHCARE_PROFESSIONAL: Health visitor #children-young-people
  HEALTHCARE_PROFESSIONAL: Consultant geriatrician #dementia
  HEALTHCARE_PROFESSIONAL: Learning disability nurse #learning-disability-autism
  HEALTHCARE_MANAGER: Head of patient experience #co-production
  HEALTHCARE_MANAGER: Director of nursing #patient-safety
  HEALTHCARE_MANAGER: Service manager
  HEALTHCARE_MANAGER: Programme manager #system-leadership
  HEALTHCARE_MANAGER: Quality improvement lead #quality-improvement
  HEALTHCARE_MANAGER: Head of engagement #community-engagement
  HEALTHCARE_MANAGER: Deputy chief operating officer #system-leadership
  HEALTHCARE_MANAGER: Digital transformation lead #digital-health
  HEALTHCARE_MANAGER: Head of workforce wellbeing #workforce-wellbeing
  HEALTHCARE_MANAGER: Commissioning manager #health-inequalities
  HEALTHCARE_MANAGER: Practice manager #primary-care
  COMMUNITY_LEADER: Community development worker #community-engagement
  COMMUNITY_LEADER: Social prescribing link worker #public-health
  COMMUNITY_LEADER: Faith leader
  COMMUNITY_LEADER: Youth worker #children-young-people
  COMMUNITY_LEADER: Community connector #health-inequalities
  COMMUNITY_LEADER: Councillor #social-care
  COMMUNITY_LEADER: Project coordinator
  OTHER: Researcher #research-innovation
  OTHER: Lecturer in health policy
  OTHER: Care home manager #social-care
  OTHER: Hospice chaplain #end-of-life-care
  OTHER: Independent consultant
  OTHER: PhD student #research-innovation
`);

/**
 * Headline templates. Placeholders: {job}, {org}, {topic}, {topic2} (topic names), {region} ("the Midlands"); a template is
 * only used when the member has everything it names.
 */
export const HEADLINES = [
  '{job} at {org}',
  '{job}, {org}',
  '{job} · passionate about {topic}',
  '{job} working on {topic} in {region}',
  'Making {topic} better in {region}',
  '{topic} and {topic2}: always happy to talk',
  '{job}. Interested in {topic} and {topic2}',
  'Championing {topic} across {region}',
  '{job} in {region}',
];

export const LIVED_HEADLINES = [
  'Turning lived experience into better {topic}',
  'Patient voice for {topic} in {region}',
  'Lived experience, {topic}, co-production',
];

/** The first sentence of a bio, by leader type. Placeholders as in HEADLINES, plus {years} (a count) and {since} (a year). */
export const BIO_OPENINGS = keyed(`
  PATIENT_LEADER: I became a patient leader after years of using services in {region}.
  PATIENT_LEADER: I sit on patient panels and help services listen to the people who use them.
  PATIENT_LEADER: Since {since} I have been a patient voice in {region}, and I still learn something every week.
  CARER_LEADER: I am an unpaid carer and I speak up for families who care for someone at home.
  CARER_LEADER: Caring for a relative taught me how services look from the kitchen table.
  CARER_LEADER: I have been a carer for more than {years} years and now help shape local carers’ support.
  HEALTHCARE_PROFESSIONAL: I have worked in the NHS for {years} years, most of them in {region}.
  HEALTHCARE_PROFESSIONAL: I am a clinician who believes the best ideas come from patients and families.
  HEALTHCARE_PROFESSIONAL: Clinical work keeps me grounded; leadership lets me change the system around it.
  HEALTHCARE_MANAGER: I lead teams that try to make services simpler for the people using them.
  HEALTHCARE_MANAGER: After {years} years in NHS management I care most about how decisions get made.
  HEALTHCARE_MANAGER: I run services in {region} and try to involve patients from the very start.
  COMMUNITY_LEADER: I work with communities in {region} who are too often left out of health decisions.
  COMMUNITY_LEADER: Health starts in neighbourhoods, and my work is about connecting them to services.
  COMMUNITY_LEADER: I bring people together: faith groups, tenants, families and the local NHS.
  OTHER: I came to health leadership from outside the NHS and bring a different lens.
  OTHER: My work sits between research, policy and practice.
  OTHER: I support health and care organisations in {region} to work better together.
`);

/** Bio sentences about each starting topic (by slug); a topic without sentences here uses GENERIC_TOPIC_SENTENCES. */
export const TOPIC_SENTENCES = keyed(`
  co-production: Co-production is at the heart of everything I do: nothing about us without us.
  co-production: I help teams co-produce services with patients as equal partners, not as an afterthought.
  mental-health: I care deeply about mental health services, especially crisis care and early help.
  mental-health: My work focuses on community mental health and reducing the stigma around it.
  maternity: Maternity safety matters to me: I want every family to be listened to in pregnancy and birth.
  maternity: I work on maternity and neonatal care, including support for parents after a difficult birth.
  long-term-conditions: Living well with long-term conditions needs joined-up care, not a dozen separate appointments.
  long-term-conditions: I support people managing long-term conditions such as COPD, arthritis and heart failure.
  health-inequalities: Tackling health inequalities is why I do this work; postcode should not decide outcomes.
  health-inequalities: I focus on inequalities in access, for ethnic minority communities and people on low incomes.
  patient-safety: Patient safety is my priority, and I believe families often spot what systems miss.
  patient-safety: I help investigate safety incidents with compassion for everyone involved.
  primary-care: Primary care is the front door of the NHS and I want it to work for everyone.
  primary-care: I am interested in general practice access and continuity of care.
  cancer: Cancer care shaped my life and I now help improve diagnosis and support after treatment.
  cancer: I work on earlier cancer diagnosis and on psychological support through treatment.
  dementia: Dementia care, and support for families living with dementia, is close to my heart.
  dementia: I help make hospitals and communities more dementia-friendly.
  learning-disability-autism: I campaign for reasonable adjustments for autistic people and people with a learning disability.
  learning-disability-autism: Learning disability and autism services need to listen to people and their families first.
  children-young-people: Children and young people deserve a say in the services designed for them.
  children-young-people: I work on transition from children’s to adult services, which too often falls through the gaps.
  carers: Unpaid carers hold the system together and I want their knowledge to be valued.
  carers: I support carers to get respite, information and a voice in care planning.
  digital-health: Digital health can help, but only if nobody is excluded by the technology.
  digital-health: I am interested in apps, remote monitoring and digital inclusion.
  quality-improvement: Quality improvement methods, done with patients, have changed how my teams work.
  quality-improvement: I coach teams in improvement science and small tests of change.
  public-health: Prevention and public health are where the biggest gains are made.
  public-health: I work on smoking cessation, healthy weight and vaccination uptake.
  social-care: Health and social care must work as one for people to get home from hospital safely.
  social-care: I am interested in home care, care homes and the social care workforce.
  end-of-life-care: Good end of life care means honest conversations and dying in the place you choose.
  end-of-life-care: I help families and clinicians plan ahead for end of life and palliative care.
  diabetes: Diabetes care and structured education are my focus, for type 1 and type 2 alike.
  diabetes: I help people with diabetes take control, with peer support and better clinics.
  research-innovation: I bring patient involvement into research so that studies answer questions that matter.
  research-innovation: Innovation excites me when it is tested with the people it is meant to help.
  workforce-wellbeing: Staff wellbeing and burnout prevention matter: looked-after staff look after patients.
  workforce-wellbeing: I work on workforce wellbeing, retention and compassionate leadership.
  community-engagement: Community engagement means going to where people are rather than waiting for them to come.
  community-engagement: I build partnerships between the NHS and community and voluntary groups.
  disability-access: Accessibility and disability rights are central to my work, from ramps to easy read letters.
  disability-access: I work on accessible information and making services usable for disabled people.
  rare-conditions: Rare conditions teach you to be your own expert; I help others find their way.
  rare-conditions: I connect families affected by rare diseases with specialists and with each other.
  system-leadership: System leadership means working across organisational boundaries for the population.
  system-leadership: I am interested in integrated care systems and how partners share decisions.
  shared-decision-making: Shared decision-making means the conversation starts with what matters to you.
  shared-decision-making: I train clinicians in shared decision-making and personalised care.
`);

/** {topic} is the topic's name. */
export const GENERIC_TOPIC_SENTENCES = [
  'I am keen to connect with others working on {topic}.',
  '{topic} is an area where I would love to learn from peers.',
];

export const BIO_CLOSINGS = [
  'Happy to chat over a virtual coffee.',
  'Always open to new collaborations and to mentoring.',
  'Outside work I walk, cook and volunteer locally.',
  'I would love to hear from anyone working on similar things.',
  'Looking for a collaborative pair to learn with.',
  'I enjoy bringing people together and sharing what works.',
];

export const PATIENT_LIVED_EXPERIENCE = [
  'I have lived with type 1 diabetes since I was twelve.',
  'I live with bipolar disorder and have used crisis and inpatient mental health services.',
  'After a stroke in my forties I spent months in rehabilitation and relearned to walk.',
  'I was treated for breast cancer and still live with the after-effects of chemotherapy.',
  'I have sickle cell disease and know A&E from the inside.',
  'I live with long COVID, which changed my working life.',
  'I had a traumatic birth with my first child and later joined our maternity voices group.',
  'I am autistic and was diagnosed as an adult.',
  'I have Crohn’s disease and have had several operations.',
  'I live with chronic pain and fibromyalgia.',
  'I have a kidney transplant and was on dialysis for four years.',
  'I am a wheelchair user after a spinal cord injury.',
];

export const CARER_LIVED_EXPERIENCE = [
  'I care for my son, who has a learning disability and epilepsy.',
  'I cared for my mother through ten years of dementia.',
  'My partner has multiple sclerosis and I am his main carer.',
  'I was a young carer for my dad, who lives with severe depression.',
  'Our daughter was born prematurely and spent months in neonatal intensive care.',
  'I look after my sister, who has schizophrenia.',
  'I supported my husband through cancer treatment and his last months in a hospice.',
];
