import Testing
@testable import ChronicleCore

/// How an event without a date of its own is dated: the narrative clock for an act told in the
/// past, the publication date for what is said now.
@Suite("Event dating")
struct EventDatingTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2018-05-10")

    static func events(_ text: String, published: CalendarDay? = day) -> [EventRecord] {
        coder.code(Document(id: "d", text: text, publicationDate: published)).events
    }

    @Test("a past act a few sentences after a date happened on that date")
    func pastActKeepsClock() {
        let events = Self.events("""
            The three prisoners were flown out of Pyongyang on Wednesday, after the secretary of state \
            had spent the day in talks there.

            Their families thanked the government in a short statement.

            The Chinese premier also met Abe separately, the first such visit in years.
            """)
        let meeting = events.first { $0.root == "04" && $0.source.country == "CHN" }
        #expect(meeting?.dateStart == CalendarDay(iso: "2018-05-09"))
        #expect(meeting?.dateBasis == .narrative)
    }

    @Test("an act still to come is dated by the time its clause names for it")
    func futureActOnItsDay() {
        let events = Self.events("South Korea's president will hold a summit with Kim Jong Un in April.", published: CalendarDay(iso: "2018-03-13"))
        let meeting = events.first { $0.root == "03" && $0.mode == .future }
        #expect(meeting?.date == "2018-04")
        // (what was said of it, with no time to come, stays on the day it was said)
        let said = Self.events("South Korea's president said he will hold a summit with Kim Jong Un.", published: CalendarDay(iso: "2018-03-13"))
        #expect(said.first { $0.root == "03" }?.date == "2018-03-13")
    }

    @Test("an act hours after one named by its day's possessive falls on that day")
    func hoursAfterPossessiveDay() {
        let within = Self.events("Within hours of Saturday's launch, the Japanese foreign minister met the South Korean foreign minister in Munich.",
                                 published: CalendarDay(iso: "2023-02-21"))
        #expect(within.first { $0.root == "04" }?.date == "2023-02-18")
        // (a reaction named with the day's possessive alone is not dated by it)
        let later = Self.events("Japan condemned Saturday's launch by North Korea.", published: CalendarDay(iso: "2023-02-21"))
        #expect(later.first { $0.root == "11" }?.date == "2023-02-21")
    }

    @Test("a past day before 'and' dates no act told in the present after it")
    func presentAfterPastConjunct() {
        let text = "Last Friday we sanctioned Eritrea's military, and we again demand that Eritrean forces leave Ethiopia."
        let events = Self.coder.code(Document(id: "d", text: text, publicationDate: CalendarDay(iso: "2021-11-17"),
                                              source: "U.S. Department of State")).events
        #expect(events.first { $0.root == "10" && $0.target?.country == "ERI" }?.date == "2021-11-17")
        #expect(events.first { $0.root == "16" && $0.target?.country == "ERI" }?.date == "2021-11-12")
    }

    @Test("a day in a relative clause opened by a pronoun moves no clock")
    func pronounRelativeMovesNoClock() {
        let events = Self.events("""
            On Saturday, President Obama spoke with Chancellor Merkel. They urged Ankara to keep the state of \
            emergency it declared on Wednesday limited in scope. President Obama also spoke with Prime Minister May.
            """, published: CalendarDay(iso: "2016-07-25"))
        #expect(events.first { $0.root == "04" && $0.target?.country == "GBR" }?.date == "2016-07-23")
    }

    @Test("a day without its year in a review of the year before is that year's, when nearer the day last written")
    func narrativeYear() {
        let review = Self.events("""
            On June 29, 2020, India banned 59 Chinese apps. China's commerce ministry protested.

            The commanders of the two armies met at Moldo on June 6, before the clash.
            """, published: CalendarDay(iso: "2021-06-15"))
        #expect(review.contains { $0.root == "04" && $0.dateStart == CalendarDay(iso: "2020-06-06") })
        let newYear = Self.events("""
            On December 12, 2024, a Chinese ship rammed a Philippine boat. Manila protested to Beijing.

            On January 3, the Philippines and China held talks in Manila.
            """, published: CalendarDay(iso: "2025-01-05"))
        #expect(newYear.contains { $0.root == "04" && $0.dateStart == CalendarDay(iso: "2025-01-03") })
        // (a look back in a relative aside names no review's year: the days after it are this year's)
        let aside = Self.events("""
            In November, Biden and Xi agreed to resume military talks, which Beijing had cut off after \
            Pelosi visited Taiwan in August 2022. On Nov. 21, North Korea put a spy satellite into orbit; \
            Seoul responded by suspending part of its 2018 military agreement with Pyongyang.
            """, published: CalendarDay(iso: "2023-12-28"))
        #expect(aside.contains { $0.root == "16" && $0.source.country == "KOR" && $0.dateStart == CalendarDay(iso: "2023-11-21") })
        #expect(!aside.contains { $0.dateStart?.year == 2022 && $0.source.country == "KOR" })
    }

    @Test("a bare day after a reciprocal object dates each side's act and hides neither")
    func reciprocalBeforeBareDay() {
        let events = Self.events("Kyrgyzstan and Tajikistan accused each other Sunday of breaking the truce.",
                                 published: CalendarDay(iso: "2022-09-18"))
        for (a, b) in [("KGZ", "TJK"), ("TJK", "KGZ")] {
            #expect(events.contains { $0.root == "11" && $0.source.country == a && $0.target?.country == b
                && $0.dateStart == CalendarDay(iso: "2022-09-18") })
        }
    }

    @Test("verbs sharing a subject share the day of an aside after it")
    func seriesSharesSubjectAside() {
        let events = Self.events("""
            Canada's foreign ministry, in a statement issued Thursday, praised Ghana and thanked Senegal \
            for its mediation.
            """, published: CalendarDay(iso: "2021-03-06"))
        for target in ["GHA", "SEN"] {
            #expect(events.contains { $0.source.country == "CAN" && $0.target?.country == target
                && $0.dateStart == CalendarDay(iso: "2021-03-04") })
        }
    }

    @Test("a chronology whose entries open with a line holding only their day tells each entry on its day")
    func dayHeadingEntries() {
        let events = Self.events("""
            Chronology of a border dispute

            March 3
            Chile accuses Peru of blocking the border crossing at Tacna.

            March 5
            Peru rejects the charge. The next day Lima recalls its ambassador from Santiago.

            March 9
            The foreign ministers of Chile and Peru meet in Quito.
            """, published: CalendarDay(iso: "2021-04-01"))
        #expect(events.contains { $0.root == "11" && $0.source.country == "CHL" && $0.dateStart == CalendarDay(iso: "2021-03-03") })
        #expect(events.contains { $0.source.country == "PER" && $0.target?.country == "CHL"
            && $0.sentenceIndex == 4 && $0.dateStart == CalendarDay(iso: "2021-03-05") })
        // (two release days on a page of statements are no chronology: a statement in the present
        // is told on the publication day, not on a day its text named before)
        let page = Self.events("""
            March 30, 2021

            Eight days ago, Peru closed the crossing at Tacna.

            Chile condemns the closure.

            March 31, 2021

            Chile thanked Bolivia for its mediation.
            """, published: CalendarDay(iso: "2021-04-01"))
        #expect(page.contains { $0.root == "11" && $0.source.country == "CHL" && $0.dateStart != CalendarDay(iso: "2021-03-22") })
    }

    @Test("a chronology's entry is told on its day, whatever else its first sentence names")
    func entryDayBeatsLookBack() {
        let events = Self.events("""
            Chronology

            May 11 -- Chile closes the border crossing at Tacna.

            June 11 -- Peru announces new checks, matching the ones Chile began in May. The Peruvian \
            foreign minister asks the United Nations to mediate.
            """, published: CalendarDay(iso: "2021-08-03"))
        #expect(events.contains { $0.root == "02" && $0.source.country == "PER" && $0.dateStart == CalendarDay(iso: "2021-06-11") })
    }

    @Test("an offer told after 'the <event> of <day>' is dated by that day")
    func offerAfterEventOfDay() {
        let events = Self.events("After the floods of 3 May 2021, Japan offered emergency aid to Bangladesh.",
                                 published: CalendarDay(iso: "2021-06-10"))
        #expect(events.contains { $0.source.country == "JPN" && $0.target?.country == "BGD" && $0.root == "03"
            && $0.dateStart == CalendarDay(iso: "2021-05-03") })
    }

    @Test("a time between 'and' and the second verb is that verb's, and the subject is the first verb's")
    func timeBetweenAndAndVerb() {
        let events = Self.events("Canada praised Ghana on Thursday and on Friday thanked Senegal for its mediation.",
                                 published: CalendarDay(iso: "2021-03-06"))
        #expect(events.contains { $0.source.country == "CAN" && $0.target?.country == "SEN"
            && $0.dateStart == CalendarDay(iso: "2021-03-05") })
        #expect(!events.contains { $0.source.country == "GHA" })
        // (a new subject after the time is its own: nothing of Canada's toward Senegal)
        let other = Self.events("Canada praised Ghana and in March protesters in Senegal burned French flags.",
                                published: CalendarDay(iso: "2021-03-06"))
        #expect(!other.contains { $0.source.country == "CAN" && $0.target?.country == "SEN" })
    }

    @Test("an act told after a day later than the clock happened no earlier than that day")
    func actAfterNamedDay() {
        let events = Self.events("""
            On January 20, KCNA called Abe a liar.

            After the April 27 summit at Panmunjom, Abe asked President Moon Jae-in to raise the \
            abduction issue with Kim Jong Un.
            """, published: CalendarDay(iso: "2019-01-15"))
        let appeal = events.first { $0.root == "02" && $0.source.country == "JPN" }
        #expect(appeal?.dateStart == CalendarDay(iso: "2018-04-27"))
        // (a day before the clock does not move it back: "after the talks in March")
        let later = Self.events("""
            On June 12, 2018, Kim met Trump in Singapore.

            After the March talks, Abe asked Moon to raise the abduction issue with Kim.
            """, published: CalendarDay(iso: "2019-01-15"))
        #expect(later.first { $0.root == "02" && $0.source.country == "JPN" }?.dateStart == CalendarDay(iso: "2018-06-12"))
    }

    @Test("a date in a relative aside moves no clock, so 'the same day' is the report's")
    func asideMovesNoClock() {
        let events = Self.events("""
            PYONGYANG, Aug. 20 (KCNA) -- The Korean Central News Agency on Tuesday denounced the joint \
            exercises of the United States and South Korea. In a commentary, KCNA said the drills, which \
            began on Monday, showed hostility. On the same day the North's foreign ministry rejected a \
            proposal by Japan for talks.
            """, published: CalendarDay(iso: "2024-08-20"))
        #expect(events.first { $0.root == "12" && $0.target?.country == "JPN" }?.dateStart == CalendarDay(iso: "2024-08-20"))
    }

    @Test("an act told on two days joined by 'and' happened on each")
    func coordinatedDays() {
        let fronted = Self.events("On July 9 and again on July 13, North Korea fired missiles toward Japan.",
                                  published: CalendarDay(iso: "2023-08-10"))
        #expect(Set(fronted.filter { $0.root == "15" }.compactMap(\.date)) == ["2023-07-09", "2023-07-13"])
        let after = Self.events("North Korea fired missiles toward Japan on July 9 and July 13.", published: CalendarDay(iso: "2023-08-10"))
        #expect(Set(after.filter { $0.root == "15" }.compactMap(\.date)) == ["2023-07-09", "2023-07-13"])
        // (two days of two acts: each its own)
        let two = Self.events("North Korea fired missiles toward Japan on July 9 and Japan protested on July 13.",
                              published: CalendarDay(iso: "2023-08-10"))
        #expect(two.filter { $0.source.country == "PRK" }.compactMap(\.date) == ["2023-07-09"])
    }

    @Test("a day inside a clause of time that opens the sentence dates that clause only")
    func frontedTimeClause() {
        let events = Self.events("""
            After the summit collapsed on February 28, North Korea resumed short-range launches toward \
            Japan on May 4.
            """, published: CalendarDay(iso: "2023-08-10"))
        #expect(events.first { $0.source.country == "PRK" }?.date == "2023-05-04")
    }

    @Test("a month written with its year in a sentence that tells no act dates the acts after it")
    func monthWithYearSetsClock() {
        let events = Self.events("""
            The earthquake in southern Turkey in February 2023 changed the tone. Greece sent rescue \
            teams to Turkey within hours.
            """, published: CalendarDay(iso: "2024-01-10"))
        #expect(events.first { $0.source.country == "GRC" }?.date == "2023-02")
    }

    @Test("a year that opens a sentence dates the past acts told after it")
    func openingYearSetsClock() {
        let events = Self.events("""
            In 2022 Turkish fighter jets entered Greek airspace hundreds of times. Athens protested each \
            violation to Ankara.
            """, published: CalendarDay(iso: "2024-01-10"))
        #expect(events.first { $0.root == "11" }?.date == "2022")
    }

    @Test("a deadline still to come dates no act told in the past")
    func deadlineDatesNoPastAct() {
        let events = Self.events("""
            Russia on Monday ordered Estonia's ambassador to leave the country by Feb. 7 and downgraded \
            diplomatic relations with Tallinn.
            """, published: CalendarDay(iso: "2023-01-23"))
        // (the expulsion and the downgrade are both 161, one event on one day)
        let reductions = events.filter { $0.root == "16" }
        #expect(!reductions.isEmpty)
        #expect(reductions.allSatisfy { $0.dateStart == CalendarDay(iso: "2023-01-23") })
    }

    @Test("what is said in the present tense is dated by the publication")
    func presentActTakesPublication() {
        let events = Self.events("""
            The aid worker was arrested in Havana on December 3, 2009.

            Washington remains deeply worried about his health. The United States again urges Cuba to release him.
            """)
        let call = events.first { $0.root == "02" || $0.root == "10" }
        #expect(call?.dateStart == Self.day)
        #expect(call?.dateBasis == .publication)
    }

    @Test("talks called off that were due on a past day are dated that day, and so is what follows")
    func cancelledTalksTakeTheirDay() {
        // (published Thursday 2018-05-10: the Wednesday is the day before)
        let events = Self.events("""
            Pyongyang abruptly called off high-level talks with Seoul that were due to take place on \
            Wednesday at the border village.

            Hours later, the North's vice foreign minister warned Washington that it would pay a heavy price.
            """)
        let cancelled = events.first { $0.cameo == "164" }
        #expect(cancelled?.dateStart == CalendarDay(iso: "2018-05-09"))
        #expect(cancelled?.dateBasis == .explicit)
        let warning = events.first { $0.root == "13" }
        #expect(warning?.dateStart == CalendarDay(iso: "2018-05-09"))
    }

    @Test("talks called off that are due on a day still to come are dated by the publication")
    func cancelledFutureTalksKeepPublication() {
        let events = Self.events("""
            Pyongyang abruptly called off high-level talks with Seoul that are due to take place next \
            Tuesday at the border village.
            """)
        let cancelled = events.first { $0.cameo == "164" }
        #expect(cancelled?.dateStart == Self.day)
    }

    @Test("the day a state began, in a 'since' clause, is no clock for the acts after it")
    func sinceClauseIsNoClock() {
        let events = Self.events("""
            The bloc said on Wednesday that it was ready to send troops to restore President Bazoum, who \
            has been detained since the coup on April 26. Algeria opposed the use of force against Niger.
            """)
        let opposed = events.first { $0.source.country == "DZA" }
        #expect(opposed?.dateStart == CalendarDay(iso: "2018-05-09"))
    }

    @Test("a present perfect is not told on the narrative clock")
    func presentPerfectTakesPublication() {
        let events = Self.events("""
            The envoys met in Stockholm on April 2.

            Since then, Seoul has criticized Tokyo for its export rules.
            """)
        let criticism = events.first { $0.root == "11" && $0.source.country == "KOR" }
        #expect(criticism?.dateStart == Self.day)
    }

    @Test("a day still to come is no clock for the acts after it")
    func futureDayIsNoClock() {
        let events = Self.events("""
            The president announced on Thursday that he would meet the North Korean leader in Singapore \
            on June 12. The Chinese premier met Abe separately.
            """)
        let meeting = events.first { $0.root == "04" && $0.source.country == "CHN" }
        #expect(meeting != nil)
        #expect(meeting?.dateStart != CalendarDay(iso: "2018-06-12"))
    }

    @Test("'condemned the launch, and Japan lodged a protest' keeps the condemnation")
    func anaphorSurvivesSecondClause() {
        let events = Self.events("""
            North Korea fired a ballistic missile into the sea on Wednesday. Prime Minister Shinzo Abe \
            condemned the launch, and Japan lodged a protest through its embassy in Beijing.
            """)
        #expect(events.contains { $0.cameo == "111" && $0.source.country == "JPN" && $0.target?.country == "PRK" })
        // The protest is a second act of disapproval on the same day (114 beside 111), not a retelling.
        #expect(events.contains { $0.cameo == "114" && $0.source.country == "JPN" && $0.target?.country == "PRK" })
        #expect(events.filter { $0.root == "11" && $0.source.country == "JPN" }.count == 2)
    }

    @Test("an intention stated in the past is dated when it was stated")
    func pastIntentionKeepsClock() {
        let events = Self.events("""
            Negotiators of the two Koreas met at the border village on Tuesday.

            The talks lasted eleven hours. In a joint statement, North Korea agreed to send athletes to the Games.
            """)
        let pledge = events.first { $0.root == "03" && $0.source.country == "PRK" }
        #expect(pledge?.dateStart == CalendarDay(iso: "2018-05-08"))
        #expect(pledge?.mode == .intended)
    }

    @Test("a meeting told twice with the parties swapped is one event")
    func meetingOnce() {
        let events = Self.events("""
            Kim Jong Un met Moon Jae-in at the border on Tuesday. Moon Jae-in met Kim Jong Un again \
            on Tuesday evening for a walk in the woods.
            """)
        #expect(events.filter { $0.root == "04" }.count == 1)
    }

    @Test("an act told in the past is not dated by a day still to come")
    func pastActNotInFuture() {
        let events = Self.events("""
            The American secretary of state invited the North Korean foreign minister to meet him in New York next week.
            """)
        let invitation = events.first { $0.source.country == "USA" && $0.target?.country == "PRK" }
        #expect(invitation != nil)
        #expect(invitation?.dateStart == Self.day)
    }

    @Test("a date that qualifies a noun does not date the act")
    func attributiveDate() {
        let events = Self.events("Tokyo has demanded that Seoul accept arbitration under the 1965 treaty.")
        let demand = events.first { $0.root == "10" }
        #expect(demand?.target?.country == "KOR")
        #expect(demand?.dateStart == Self.day)
        // After "of" a date names the thing's time, not the act's.
        let declaration = Self.events("Honouring the declaration of April 27, North Korea promised South Korea to close the test site.")
        #expect(declaration.first { $0.source.country == "PRK" }?.dateStart == Self.day)
        // A date in its own phrase still dates the act.
        let dated = Self.events("Tokyo demanded in 2015 that Seoul accept arbitration.")
        #expect(dated.first { $0.root == "10" }?.date == "2015")
        // So does one after a possessive: the day in the clause opened by "when" dates the act.
        let possessive = Self.events("""
            The row started on May 2, when the Government of Peru expelled the Chilean ambassador over remarks \
            about Peru's 2016 election.
            """)
        #expect(possessive.first { $0.source.country == "PER" && $0.target?.country == "CHL" }?.date == "2018-05-02")
        // The act the possessive's date qualifies keeps it, and so does a "when" clause about it.
        let visit = Self.events("""
            Tuesday was the anniversary of Modi's May 8, 2017 visit to Kathmandu, when he and the Nepali prime \
            minister signed a transit agreement.
            """)
        #expect(visit.first { $0.root == "04" && $0.source.country == "IND" }?.date == "2017-05-08")
        #expect(visit.first { $0.root == "05" }?.date == "2017-05-08")
        // "that" before a date and a pronoun after it open a complement: no noun is qualified.
        let complement = Self.events("Azerbaijani officials said that earlier this week they expelled two Iranian diplomats.")
        #expect(complement.first { $0.source.country == "AZE" && $0.target?.country == "IRN" }?.date == "2018-W19")
    }

    @Test("what is said in a quotation is dated by the day of the speech")
    func quotationTakesSpeechDay() {
        let events = Self.events("""
            The foreign ministers of Canada and Mexico met in Ottawa on March 23. The Canadian minister spoke \
            to reporters after the talks.

            "Canada thanks Mexico for its help with the fires," she said.
            """)
        let thanks = events.first { $0.root == "05" && $0.source.country == "CAN" }
        #expect(thanks?.dateStart == CalendarDay(iso: "2018-03-23"))
    }

    @Test("a date inside what was said does not date the saying")
    func complementDate() {
        let events = Self.events("""
            The Russian president met the North Korean leader in Vladivostok on Thursday. The North Korean \
            leader told the Russian president that the summit with the United States in February had failed.
            """)
        let telling = events.first { $0.source.country == "PRK" && $0.target?.country == "RUS" && $0.root == "01" }
        #expect(telling?.dateStart == CalendarDay(iso: "2018-05-10"))
        // A determiner "that" opens no clause: the date still dates the act.
        let rejected = Self.events("North Korea criticized that South Korean proposal on Sunday.")
        #expect(rejected.first { $0.root == "11" }?.dateStart == CalendarDay(iso: "2018-05-06"))
    }

    @Test("a look back to an earlier month does not stop the narrative clock")
    func lookBackKeepsClock() {
        let events = Self.events("""
            The two leaders met in Vladivostok on Tuesday. The North Korean leader blamed Washington for the \
            failure of the summit in February.

            The Russian news agency said the North Korean leader invited the Russian president to visit Pyongyang.
            """)
        let invitation = events.first { $0.source.country == "PRK" && $0.target?.country == "RUS" && $0.root == "02" }
        #expect(invitation?.dateStart == CalendarDay(iso: "2018-05-08"))
    }

    @Test("a date after the clause, in another clause, does not date it")
    func laterClauseDate() {
        let events = Self.events("Washington praised Seoul for its courage, and the two countries fought side by side in 1950.")
        let praise = events.first { $0.root == "05" && $0.source.country == "USA" }
        #expect(praise != nil)
        #expect(praise?.dateStart == Self.day)
        // "the … Group meeting" is a noun: the date after it stays in the clause of "led".
        let text = "Secretary Clinton led a delegation to Mexico City for the High Level Consultative Group meeting on March 23."
        let led = Self.coder.code(Document(id: "c", text: text, publicationDate: CalendarDay(iso: "2010-03-24"))).events
        #expect(led.first { $0.root == "04" }?.dateStart == CalendarDay(iso: "2010-03-23"))
    }

    @Test("a finished act on a month and day just after the publication date happened a year before")
    func monthDayAheadGoesBack() {
        // The article is of May 10: "May 27" with a finished act is last year's.
        let past = Self.events("North Korea returned the remains of American soldiers on May 27.")
        #expect(past.first { $0.root == "08" }?.dateStart == CalendarDay(iso: "2017-05-27"))
        // With a year, or for an act still to come, the date stays.
        let dated = Self.events("North Korea returned the remains of American soldiers on May 27, 2018.")
        let kept = dated.first { $0.root == "08" }
        #expect(kept != nil && kept?.dateStart != CalendarDay(iso: "2017-05-27"))
        let future = Self.events("North Korea will return the remains of American soldiers on May 27.")
        let promise = future.first { $0.source.country == "PRK" }
        #expect(promise != nil && promise?.dateStart != CalendarDay(iso: "2017-05-27"))
    }

    @Test("a comma ends a time or place chunk: what follows is an aside")
    func commaAside() {
        let events = Self.events("North Korea fired a missile over the Japanese island of Hokkaido early on Friday, its second such flight this month.")
        #expect(events.contains { $0.root == "15" && $0.source.country == "PRK" && $0.target?.country == "JPN" })
        #expect(!events.contains { $0.root == "19" })
    }

    @Test("sanctions that name no one answer the story's provocation")
    func sanctionsAnswerProvocation() {
        let events = Self.events("""
            North Korea tested a long-range missile on Tuesday. On Wednesday the European Union tightened its sanctions.
            """)
        #expect(events.contains { $0.root == "16" && $0.source.country == "IGO" && $0.target?.country == "PRK" })
    }

    @Test("an act set 'four days after' another is dated four days before the day found")
    func offsetClause() {
        let events = Self.events("""
            North Korea fired a missile over Japan on Friday. The launch came four days after the \
            European Union imposed new sanctions on the country.
            """)
        let sanctions = events.first { $0.root == "16" && $0.source.country == "IGO" }
        // (the article is of Thursday, May 10: Friday is May 4)
        #expect(sanctions?.dateStart == CalendarDay(iso: "2018-04-30"))
    }

    @Test("a date after 'of' dates the act a noun names; a rebel group is a party of its own")
    func nounOfDate() {
        let events = Self.events("""
            Diplomats praised the Qatar – Taliban accord and the Qatar – Afghanistan joint declaration \
            of March 3.
            """)
        let declaration = events.first { $0.cameo == "057" && $0.target?.code == "AFG" }
        #expect(declaration?.dateStart == CalendarDay(iso: "2018-03-03"))
        #expect(events.contains { $0.cameo == "057" && $0.target?.code == "AFGREB" })
    }

    @Test("a refusal's 'until' clause is no act, and a subject after a comma is its own")
    func untilAndCommaSubject() {
        let events = Self.events("""
            North Korea said on Sunday that it had no intention of holding what it called "pointless \
            negotiations" with the United States until Washington dropped its hostile policy, a day after \
            the first working-level talks in months broke down in Sweden.
            """)
        #expect(!events.contains { $0.source.country == "USA" })
    }

    @Test("the story goes on from the day an 'N days after' clause names")
    func offsetMovesClock() {
        let events = Self.events("""
            Delegates met in Geneva on Tuesday. The talks came four days after North Korea tested a new \
            missile. Prime Minister Shinzo Abe condemned the launch.
            """)
        let condemnation = events.first { $0.source.country == "JPN" && $0.root == "11" }
        // (Tuesday is May 8; four days before it is May 4)
        #expect(condemnation?.dateStart == CalendarDay(iso: "2018-05-04"))
    }

    @Test("a present perfect before an -ing act is told in the present")
    func presentPerfectIng() {
        let events = Self.events("""
            North Korea fired a missile on Tuesday. Consumer groups in South Korea have begun calling for a boycott \
            of North Korean goods.
            """)
        let call = events.first { $0.target?.country == "PRK" && $0.root == "14" }
        #expect(call != nil && call?.dateStart == Self.day)
        // (groups in a country are not its government: a boycott, 143, not an official protest)
        #expect(call?.cameo == "143")
    }

    @Test("a time inside a 'since' clause dates no other clause")
    func sinceClauseDatesOnlyItself() {
        let events = Self.events("The visit, the Chinese leader's first since he took office in 2012, was praised by Moon Jae-in.")
        let praise = events.first { $0.source.country == "KOR" && $0.root == "05" }
        #expect(praise != nil && praise?.dateStart == Self.day)
    }

    @Test("a day that qualifies a noun does not move the clock")
    func nounDateKeepsClock() {
        let events = Self.events("""
            The two ministers met in Jakarta on Tuesday. Recalling the accord of March 2, Seoul pledges to keep \
            working with Tokyo.

            Beijing welcomed the meeting as a useful step.
            """)
        let praise = events.first { $0.source.country == "CHN" && $0.root == "05" }
        // (Tuesday is May 8; March 2 names when the accord was made, not where the story is)
        #expect(praise != nil && praise?.dateStart == CalendarDay(iso: "2018-05-08"))
    }

    @Test("what a past verb of saying reports is dated when it was said")
    func reportedClauseTakesSaying() {
        let said = Self.events("""
            North Korea fired a missile on Tuesday. Prime Minister Fumio Kishida said Japan would never \
            tolerate such launches.
            """)
        let refusal = said.first { $0.source.country == "JPN" && $0.root == "11" }
        #expect(refusal != nil && refusal?.dateStart == CalendarDay(iso: "2018-05-08"))
        // A present perfect reports now.
        let hasSaid = Self.events("""
            North Korea fired a missile on Tuesday. Prime Minister Fumio Kishida has said Japan would never \
            tolerate such launches.
            """)
        #expect(hasSaid.first { $0.source.country == "JPN" && $0.root == "11" }?.dateStart == Self.day)
    }

    @Test("a time in a relative aside before the verb does not date the verb's act")
    func relativeAsideTime() {
        let events = Self.events("Mike Pompeo, who had been sworn in two weeks earlier, met Kim Jong Un in Pyongyang.")
        let meeting = events.first { $0.source.country == "USA" && $0.root == "04" }
        #expect(meeting != nil && meeting?.dateStart == Self.day)
        // Inside the aside itself, the time dates the aside's act.
        let inside = Self.events("Mike Pompeo, who on Tuesday met Kim Jong Un, said the talks went well.")
        #expect(inside.first { $0.source.country == "USA" && $0.root == "04" }?.dateStart == CalendarDay(iso: "2018-05-08"))
    }

    @Test("an intention told in the past was stated on a day gone by")
    func pastIntentionYearBack() {
        let doc = Document(id: "d", text: "In January, Prime Minister Fumio Kishida told the Diet that he wanted to hold a summit with Kim Jong Un.",
                           publicationDate: CalendarDay(iso: "2023-12-20"))
        let intent = Self.coder.code(doc).events.first { $0.cameo == "036" }
        #expect(intent?.dateStart == CalendarDay(iso: "2023-01-01"))
    }

    @Test("what an act followed is background: the story does not go back to its day")
    func backgroundKeepsClock() {
        let events = Self.events("""
            North Korea handed over the remains of American soldiers on Tuesday. It followed talks between \
            the two militaries at Panmunjom on April 20. President Donald Trump thanked Kim Jong Un for the gesture.
            """)
        let thanks = events.first { $0.source.country == "USA" && $0.root == "05" }
        #expect(thanks != nil && thanks?.dateStart == CalendarDay(iso: "2018-05-08"))
    }

    @Test("'a day after' counts back from the day of the clause before it, even past a long name")
    func dayAfterLongName() {
        let events = Self.events("""
            China launched drills around Taiwan on Tuesday, a day after Taiwanese Vice President William Lai \
            returned from a stopover in the United States.
            """)
        let stopover = events.first { $0.source.country == "TWN" && $0.root == "04" }
        // (Tuesday is May 8)
        #expect(stopover != nil && stopover?.dateStart == CalendarDay(iso: "2018-05-07"))
    }

    @Test("a day in a relative aside does not move the story's clock")
    func relativeAsideKeepsClock() {
        let events = Self.events("""
            Seoul, May 10 - A North Korean spokesperson on Wednesday condemned the joint drills of the United States and South Korea.

            The spokesperson said the drills, which began on Monday, raised tension on the peninsula. The statement also denounced Japan.
            """)
        let japan = events.first { $0.target?.country == "JPN" }
        #expect(japan?.dateStart == CalendarDay(iso: "2018-05-09"))
    }

    @Test("a day inside a reason told by a gerund is the reason's, not the act's")
    func gerundReasonHasOwnDay() {
        let events = Self.events("China on Thursday denounced Japan for joining a summit at Camp David on Monday.")
        let denounced = events.first { $0.source.country == "CHN" && $0.target?.country == "JPN" && $0.root == "11" }
        #expect(denounced?.dateStart == CalendarDay(iso: "2018-05-10"))
    }

    // A chronology's entry ("- July 23, 2022: …") dates every sentence of its line, whatever the
    // tense; a sentence on a line of its own goes back to the ordinary rules.
    static let september = CalendarDay(iso: "2023-09-20")

    @Test("a present-tense sentence inside an entry is told on the entry's day")
    func presentInsideEntry() {
        let text = """
        - November 2, 2022: Moscow returns to the grain deal. President Recep Tayyip Erdogan thanks Vladimir Putin.
        - July 19, 2023: Russia warns Ukraine that ships bound for its ports are targets.
        """
        let thanks = Self.events(text, published: Self.september).first { $0.cameo == "051" }
        #expect(thanks?.date == "2022-11-02")
        #expect(thanks?.dateBasis == .narrative)
    }

    @Test("entries may use a dash instead of a colon")
    func dashEntry() {
        let text = """
        March 3, 2021 - Talks collapse in Geneva. Iran blames the United States.
        """
        let blame = Self.events(text, published: Self.september).first { $0.cameo.hasPrefix("112") }
        #expect(blame?.date == "2021-03-03")
    }

    @Test("a present-tense line of its own after an entry is told on the publication day")
    func lineAfterEntry() {
        let text = """
        - July 23, 2022: Russian missiles hit the port of Odesa.
        Turkey urges Russia to respect the deal.
        """
        let urge = Self.events(text, published: Self.september).first { $0.source.country == "TUR" }
        #expect(urge != nil)
        #expect(urge?.date == Self.september?.description)
    }

    @Test("prose that opens with a date and a comma is no entry")
    func proseIsNoEntry() {
        let text = "On July 23, 2022, Russian missiles hit the port of Odesa. Turkey urges Russia to respect the deal."
        let urge = Self.events(text, published: Self.september).first { $0.source.country == "TUR" }
        #expect(urge?.date == Self.september?.description)
    }
}

extension EventDatingTests {
    @Test("the month that dated a sentence's first act is the story's clock")
    func monthOfFirstActIsClock() {
        let events = Self.events("""
            Egypt signed a military cooperation accord with Sudan in March 2021 after long talks.

            Ethiopia condemned the accord.
            """, published: CalendarDay(iso: "2021-08-15"))
        let condemnation = events.first { $0.source.country == "ETH" && $0.root == "11" }
        #expect(condemnation?.date == "2021-03")
        // (not a month told in a relative clause after an act that had none: "the deadline
        // that Kim set in April")
        let deadline = Self.events("""
            The envoys met in Stockholm on Saturday. Kim urged Washington to think again before the \
            end of the year, the deadline that Kim Jong Un set in April.

            The American delegation said it had brought creative ideas to the talks with North Korea.
            """, published: CalendarDay(iso: "2019-10-07"))
        #expect(!deadline.contains { $0.source.country == "USA" && $0.date == "2019-04" })
    }

    @Test("a promise reported on a day is dated that day, not the later day it names")
    func promiseDatedWhenTold() {
        let events = Self.events("""
            Pakistani jets shot down an Indian fighter on February 27. On February 28, Khan told \
            parliament that Pakistan would release the pilot the next day as a gesture of peace.
            """, published: CalendarDay(iso: "2019-03-05"))
        let promise = events.first { $0.source.country == "PAK" && $0.root == "03" }
        #expect(promise?.date == "2019-02-28")
    }

    @Test("a date inside a relative clause before the act's clause dates nothing else")
    func relativeDateBeforeClause() {
        let closure = Self.events("""
            Venezuela and Colombia reopened their border on Monday, ending a closure that began in 2015 \
            and marking a rapprochement between Petro and Maduro.
            """, published: CalendarDay(iso: "2022-09-27"))
        #expect(!closure.isEmpty)
        #expect(!closure.contains { $0.date == "2015" })
        let status = Self.events("""
            New Delhi withdrew the trade status it had granted Pakistan in 1996 and raised customs duties \
            on Pakistani goods.
            """, published: CalendarDay(iso: "2019-02-16"))
        #expect(status.contains { $0.root == "16" })
        #expect(!status.contains { $0.date == "1996" })
    }

    @Test("a sentence that sets the story's act days after an uncoded one takes the story back to that day")
    func cameDaysAfterUncoded() {
        let events = Self.events("""
            TOKYO, Sept 15 (Wire) - North Korea fired a missile over Hokkaido early on Friday.

            The launch came four days after the council adopted a resolution on oil supplies. North \
            Korea had warned that it would respond with measures that would cause the United States pain.
            """, published: CalendarDay(iso: "2017-09-15"))
        let threat = events.first { $0.root == "13" && $0.source.country == "PRK" }
        #expect(threat?.target?.country == "USA")
        #expect(threat?.date == "2017-09-11")
    }

    @Test("a month past the clock in a sentence that tells no act moves the clock to it")
    func laterMonthMovesClock() {
        let events = Self.events("""
            The Nile dam dispute, 2020-2021

            In January 2020, Egypt and Ethiopia met in Washington under American auspices. Ethiopia \
            skipped the final round in late February. Cairo accused Addis Ababa of bad faith.
            """, published: CalendarDay(iso: "2021-08-15"))
        let accusation = events.first { $0.cameo.hasPrefix("112") }
        #expect(accusation?.date == "2020-02")
    }

    @Test("a month right after the trigger's own object dates the act and sets the clock")
    func monthAfterObjectSetsClock() {
        let events = Self.events("""
            OSLO, March 4, 2024 (Wire) - Norway's parliament on Monday approved the treaty.

            Iceland applied to join the union in May 2022. Denmark objected within days, accusing \
            Reykjavik of breaking its word.
            """, published: CalendarDay(iso: "2024-03-04"))
        #expect(events.first { $0.cameo.hasPrefix("112") }?.date == "2022-05")
        // (a month after a noun of an act dates that act, not the verb: the clock stays)
        let blame = Self.events("""
            Iceland blamed Denmark for the failure of the summit in February. Denmark accused Iceland \
            of bad faith.
            """, published: CalendarDay(iso: "2024-03-04"))
        #expect(blame.first { $0.cameo.hasPrefix("112") && $0.source.country == "DNK" }?.date == "2024-03-04")
    }

    @Test("'later that month' dates the act by that month, not by the clock's day")
    func laterThatMonth() {
        let events = Self.events("""
            On July 8, 2016, Portugal announced the new base. Spain protested the same day. The Spanish \
            minister criticized Lisbon later that month.
            """, published: CalendarDay(iso: "2017-12-18"))
        #expect(events.first { $0.cameo.hasPrefix("111") }?.date == "2016-07")
    }

    @Test("a time told from the publication date ends the review's year: a later day is this year's")
    func deicticEndsNarrativeYear() {
        let events = Self.events("""
            President Biden spoke today with President Erdoğan of Türkiye. The two leaders, who last \
            met in Madrid in June 2022, reaffirmed their commitment to the alliance.

            Biden thanked Erdoğan for the extension of the grain deal earlier this month.

            Türkiye's parliament approved Finland's membership on March 30.
            """, published: CalendarDay(iso: "2023-05-29"))
        #expect(events.first { $0.source.country == "TUR" && $0.target?.country == "FIN" }?.date == "2023-03-30")
        // (without the time told from today, the year last written frames the day)
        let review = Self.events("""
            The two leaders met in Madrid in June 2022.

            Türkiye's parliament approved Finland's membership on March 30.
            """, published: CalendarDay(iso: "2023-05-29"))
        #expect(review.first { $0.source.country == "TUR" && $0.target?.country == "FIN" }?.date == "2022-03-30")
    }

    @Test("what a speaker notes or recalls is background: its day moves no clock")
    func notedDayIsBackground() {
        let events = Self.events("""
            President Biden spoke today with President Erdoğan of Türkiye.

            He noted that Türkiye's parliament approved Finland's membership on March 30.

            They agreed to meet at the NATO summit in Vilnius in July.
            """, published: CalendarDay(iso: "2023-05-29"))
        #expect(events.first { $0.source.country == "TUR" && $0.target?.country == "FIN" }?.date == "2023-03-30")
        #expect(events.first { $0.root == "03" }?.date == "2023-05-29")
        // (an envoy recalled on a day is an act, and the day is the clock's)
        let recall = Self.events("""
            Taiwan recalled its representative to Japan on Tuesday. Washington urged both sides to \
            resolve the dispute through dialogue.
            """, published: CalendarDay(iso: "2012-09-13"))
        #expect(recall.first { $0.root == "02" }?.date == "2012-09-11")
    }

    @Test("'Two days after the clash,' opening a sentence dates its acts two days after the clash")
    func openingOffset() {
        let events = Self.events("""
            Twenty Indian soldiers were killed on June 15 when troops from the two armies fought in \
            the Galwan Valley.

            Two days after the clash, Indian Foreign Minister Jaishankar spoke by phone with Chinese \
            Foreign Minister Wang Yi and told him that China had planned the violence.
            """, published: CalendarDay(iso: "2020-06-23"))
        let calls = events.filter { $0.root == "04" && $0.source.country == "IND" && $0.target?.country == "CHN" }
        #expect(calls.map(\.date) == ["2020-06-17"])
        // (a day named inside the phrase is the phrase's)
        let named = Self.events("""
            A week after the June 15 clash, Indian and Chinese commanders met at Moldo.
            """, published: CalendarDay(iso: "2020-06-23"))
        #expect(named.first { $0.root == "04" }?.date == "2020-06-22")
    }

    @Test("in a story of today, words said with no day are today's unless their speaker acted on the clock's day")
    func wordsOfToday() {
        let events = Self.events("""
            MANILA - Defense Secretary Lloyd Austin met Philippine Defense Secretary Gilberto Teodoro \
            in Manila today.

            On Sunday, Austin had met Japanese Foreign Minister Yoko Kamikawa in Tokyo.

            A resupply mission on Saturday was completed without interference. The funds will help \
            the coast guard.

            Teodoro thanked Washington for its support.
            """, published: CalendarDay(iso: "2024-07-30"))
        #expect(events.first { $0.source.country == "PHL" && $0.root == "05" }?.date == "2024-07-30")
        // (the speaker took part in the act that set the clock: its day)
        let visit = Self.events("""
            BEIJING, June 20 - Kim Jong Un ended a visit to Beijing on Wednesday.

            Kim held talks with Xi Jinping on Tuesday. The two leaders toured a factory.

            Kim thanked China for its help.
            """, published: CalendarDay(iso: "2018-06-20"))
        #expect(visit.first { $0.source.country == "PRK" && $0.root == "05" }?.date == "2018-06-19")
    }

    @Test("'the first meeting since 2019' is not dated 2019; a swap told after 'since August, when' is")
    func firstSinceIsNoDate() {
        let events = Self.events("""
            On November 26, Japanese Foreign Minister Yoko Kamikawa joined South Korean Foreign \
            Minister Park Jin for the first three-way foreign ministers' meeting since 2019.
            """, published: CalendarDay(iso: "2023-12-29"))
        #expect(events.first { $0.root == "04" }?.date == "2023-11-26")
        let swap = Self.events("""
            It was the first exchange since August, when Russia and Ukraine swapped 22 soldiers each.
            """, published: CalendarDay(iso: "2024-01-03"))
        #expect(swap.first { $0.source.country == "RUS" || $0.source.country == "UKR" }?.date == "2023-08")
        // (however long the noun phrase between "first" and "since")
        let long = Self.events("""
            President Obama met President Castro in Panama on Saturday. It was the first substantive meeting \
            between a U.S. President and a Cuban head of state since 1956.
            """, published: CalendarDay(iso: "2015-04-14"))
        #expect(!long.contains { $0.date == "1956" })
    }

    @Test("a sentence that opens with the place of a meeting told before, and names its parties, goes back to its day")
    func placeOfMeeting() {
        let text = """
            When Kishida and Xi sat down in San Francisco on November 16, both wanted calm.

            Japan began releasing the water on August 24. On October 20, Japan demanded the release \
            of a detained employee.

            In San Francisco, Kishida and Xi reaffirmed their commitment to a mutually beneficial \
            relationship.
            """
        let events = Self.events(text, published: CalendarDay(iso: "2023-12-29"))
        #expect(events.first { $0.cameo == "032" }?.date == "2023-11-16")
        // (without both parties the place is only a place)
        let other = Self.events(text.replacingOccurrences(of: "Kishida and Xi reaffirmed", with: "Kishida also met President Biden and reaffirmed"),
                                published: CalendarDay(iso: "2023-12-29"))
        #expect(other.first { $0.root == "04" && $0.target?.country == "USA" }?.date == "2023-10-20")
    }

    @Test("'continues to urge' is told in the present: the publication day, not the clock's")
    func continuesToUrge() {
        let now = Self.events("""
            Trucks went in on Sunday. The United States continues to urge the Israeli Government to \
            open additional crossings.
            """, published: CalendarDay(iso: "2023-11-27"))
        #expect(now.first { $0.root == "02" }?.date == "2023-11-27")
        let then = Self.events("""
            Trucks went in on Sunday. The United States continued to urge the Israeli Government to \
            open additional crossings.
            """, published: CalendarDay(iso: "2023-11-27"))
        #expect(then.first { $0.root == "02" }?.date == "2023-11-26")
    }

    @Test("the entries of a chronology follow the entry before them, not the publication date")
    func chronologyEntries() {
        let events = Self.events("""
            Below is a chronology of the year.

            May 27, 2023: Prime Minister Fumio Kishida said he wanted to meet Kim Jong Un.

            May 31: North Korea launched a satellite rocket. Japan protested to North Korea through its embassy in Beijing.

            January 5, 2024: Kim sent Kishida a message of sympathy after the earthquake.

            February 15: Kim Yo Jong praised Kishida.
            """, published: CalendarDay(iso: "2024-04-12"))
        #expect(events.contains { $0.root == "11" && $0.source.country == "JPN" && $0.date == "2023-05-31" })
        #expect(events.contains { $0.root == "05" && $0.source.country == "PRK" && $0.date == "2024-02-15" })
    }

    @Test("a day inside an example that 'including' and a noun open dates the example, not the act")
    func exampleDay() {
        let events = Self.events("""
            President Biden met today with President Xi Jinping in Lima. President Biden welcomed the \
            restoration of military communication, including the video call between the two commanders \
            in September. He called for an end to China's military activity around Taiwan.
            """, published: CalendarDay(iso: "2024-11-16"))
        #expect(events.contains { $0.root == "05" && $0.source.country == "USA" && $0.date == "2024-11-16" })
        #expect(events.contains { $0.root == "02" && $0.source.country == "USA" && $0.date == "2024-11-16" })
        // ("fired water cannons at the boats, including on August 5": days of the act itself)
        let own = Self.events("""
            Chinese vessels fired water cannons at Philippine boats near the shoal, including on August 5.
            """, published: CalendarDay(iso: "2024-11-16"))
        #expect(own.contains { $0.source.country == "CHN" && $0.date == "2024-08-05" })
    }

    @Test("a party to the story's day who reacts to an act named with an earlier day reacts on the story's day")
    func reactionOnStoryDay() {
        let events = Self.events("""
            On August 7, the foreign minister of Chile held talks with the foreign minister of Peru in Lima.

            The Chilean minister condemned the seizure in March of a Chilean trawler by Argentina.
            """, published: CalendarDay(iso: "2017-08-08"))
        let protest = events.first { $0.root == "11" && $0.target?.country == "ARG" }
        #expect(protest?.dateStart == CalendarDay(iso: "2017-08-07"))
        // (one who took no part in the story's day is dated by the day named)
        let other = Self.events("""
            On August 7, the foreign minister of Chile held talks with the foreign minister of Peru in Lima.

            Brazil condemned the seizure in March of a Brazilian trawler by Argentina.
            """, published: CalendarDay(iso: "2017-08-08"))
        #expect(other.first { $0.source.country == "BRA" && $0.root == "11" }?.dateStart.map { $0.month } == 3)
        // (signing an agreement is an act of its own, dated by the day named after it)
        let signed = Self.events("""
            Chile's foreign minister held talks in Lima on August 7.

            Peru's defence minister signed a cooperation agreement with Chile during a visit to Santiago in early May.
            """, published: CalendarDay(iso: "2017-08-08"))
        #expect(signed.first { $0.source.country == "PER" && $0.cameo == "057" }?.dateStart.map { $0.month } == 5)
    }
    @Test("an entry of a reactions list labelled by a country is told of the lead's day, not of the entry before")
    func labelledEntriesReactToLead() {
        let events = Self.events("""
            On 14 May 2021, a rocket struck a market in Ashdod. A funeral for the victims was held on 16 May.

            Reactions

            Chile: President Sebastián Piñera condemned Israel.

            Peru: On 18 May the foreign minister flew to Amman. The government also criticized Israel.

            Canada: The foreign ministry criticized Israel.
            """, published: CalendarDay(iso: "2021-06-01"))
        #expect(events.first { $0.source.country == "CHL" && $0.root == "11" }?.dateStart == CalendarDay(iso: "2021-05-14"))
        // (an entry's own day holds within it)
        #expect(events.first { $0.source.country == "PER" && $0.root == "11" }?.dateStart == CalendarDay(iso: "2021-05-18"))
        // ("The foreign ministry" is the labelled country's)
        #expect(events.first { $0.source.country == "CAN" && $0.root == "11" }?.dateStart == CalendarDay(iso: "2021-05-14"))
        // (without a label, the clock goes on from the day before)
        let plain = Self.events("""
            On 14 May 2021, a rocket struck a market in Ashdod. A funeral for the victims was held on 16 May.

            President Sebastián Piñera of Chile condemned Israel.
            """, published: CalendarDay(iso: "2021-06-01"))
        #expect(plain.first { $0.source.country == "CHL" && $0.root == "11" }?.dateStart == CalendarDay(iso: "2021-05-16"))
    }

    @Test("a date of the occasion an opening phrase names dates the act after its comma")
    func openingOccasion() {
        let warned = Self.events("In his December statement, Israel's defence minister warned the Houthis.",
                                 published: CalendarDay(iso: "2025-01-10"))
        #expect(warned.first { $0.source.country == "ISR" }?.date == "2024-12")
        let agreed = Self.events("At their June summit, the leaders of Japan and China agreed to resume talks.",
                                 published: CalendarDay(iso: "2025-01-10"))
        #expect(agreed.first { $0.source.country == "JPN" }?.date == "2024-06")
        // ("After the March talks" sets only a bound; a date qualifying a noun elsewhere is no day)
        let after = Self.events("After the March talks, Abe asked Moon to press Kim.", published: CalendarDay(iso: "2019-01-15"))
        #expect(after.first { $0.source.country == "JPN" }?.date == "2019-01-15")
        let remarks = Self.events("Mexico criticized Ecuador over remarks about its 2023 election.", published: CalendarDay(iso: "2024-04-05"))
        #expect(remarks.first { $0.source.country == "MEX" }?.date == "2024-04-05")
    }
    @Test("a day in a clause told in the pluperfect moves no clock, however many words stand between")
    func pluperfectLookBack() {
        let events = Self.events("""
            The Security Council met in emergency session this afternoon after Chile struck a base in Peru.

            The envoy said talks had stalled, and a sixth round had been due to take place in Quito on Sunday.

            Peru's delegate condemned Chile.
            """, published: CalendarDay(iso: "2025-06-13"))
        #expect(events.first { $0.source.country == "PER" && $0.root == "11" }?.dateStart == CalendarDay(iso: "2025-06-13"))
    }
    @Test("a day after 'the early hours of' dates the act, as after 'the morning of'")
    func earlyHoursOf() {
        let events = Self.events("In the early hours of 1 April 2025, a drone of the Malian army was shot down by the Algerian army.",
                                 published: CalendarDay(iso: "2025-09-27"))
        #expect(events.first { $0.source.country == "DZA" }?.dateStart == CalendarDay(iso: "2025-04-01"))
    }
    @Test("a day that opens a sentence whose act went uncoded is the clock, not a deadline later in it")
    func openingDayOverDeadline() {
        let events = Self.events("""
            On 4 August, Islamabad announced that the card holders would have to go, and set 1 September as the deadline.             UNHCR also urged Pakistan to exempt women.
            """, published: CalendarDay(iso: "2025-09-10"))
        #expect(events.first { $0.root == "02" && $0.target?.country == "PAK" }?.dateStart == CalendarDay(iso: "2025-08-04"))
    }
    @Test("a news lede's act in the present perfect happened on the day the next sentences give it")
    func ledeDatedByNextSentences() {
        let events = Self.events("""
            The governments of Chile and Peru have announced their withdrawal from the Organization of American States.

            In a joint statement read on state television on Sunday, the two governments said the bloc had failed them.
            """, published: CalendarDay(iso: "2024-01-30"))
        #expect(events.first { $0.source.country == "CHL" && $0.root == "16" }?.dateStart == CalendarDay(iso: "2024-01-28"))
        // (a day further back than a week is background, not the lede's day)
        let old = Self.events("""
            The governments of Chile and Peru have announced their withdrawal from the Organization of American States.

            The two governments had signed a pact on January 3.
            """, published: CalendarDay(iso: "2024-01-30"))
        #expect(old.first { $0.source.country == "CHL" && $0.root == "16" }?.dateStart == CalendarDay(iso: "2024-01-30"))
    }

    @Test("a wish or plan told now is dated now, not by a day the sentence before named")
    func wishAndPlanToldNow() {
        let text = """
            SECRETARY KERRY: The two delegations worked through the night on Thursday. We have talked for hours since Thursday evening, \
            and I want to thank the Swiss government for its hospitality.
            """
        let events = Self.coder.code(Document(id: "d", text: text, publicationDate: CalendarDay(iso: "2013-09-14"),
                                              source: "U.S. Department of State")).events
        #expect(events.first { $0.target?.country == "CHE" }?.date == "2013-09-14")
        let plan = Self.events("""
            Secretary Haig spoke with the Argentine foreign minister late last night. \
            The Secretary plans to leave for Buenos Aires tomorrow afternoon.
            """, published: CalendarDay(iso: "1982-04-14"))
        #expect(plan.first { $0.root == "03" && $0.target?.country == "ARG" }?.date == "1982-04-14")
    }

    @Test("a past verb after a said clause with a modal is the sayer's act, dated by the saying, not by a day still to come")
    func pastVerbAfterModalClause() {
        let protest = Self.events("""
            Italian Defense Minister Giovanni Spadolini said on Tuesday that Italy would defend its territory and lodged \
            a protest with the Libyan charge d'affaires in Rome.
            """, published: CalendarDay(iso: "1986-04-16"))
        let lodged = protest.first { $0.source.country == "ITA" && $0.root == "11" }
        #expect(lodged?.mode == .asserted)
        #expect(lodged?.target?.country == "LBY")
        let ban = Self.events("""
            China's commerce ministry announced on September 23 that it would limit exports of refined petroleum to \
            North Korea from October 1 and banned imports of North Korean textiles with immediate effect.
            """, published: CalendarDay(iso: "2017-09-29"))
        #expect(ban.contains { $0.root == "16" && $0.date == "2017-09-23" })
        #expect(!ban.contains { $0.dateStart?.year == 2016 })
    }

    @Test("a day inside a relative clause opened by a pronoun after the verb dates that clause, not the act")
    func dayInsideZeroRelativeAfterVerb() {
        let events = Self.coder.code(Document(id: "d", text: """
            SECRETARY RICE: I also commend Japan for the measures it announced last Friday.
            """, publicationDate: CalendarDay(iso: "2006-10-18"), source: "U.S. Department of State")).events
        #expect(events.first { $0.target?.country == "JPN" && $0.root == "05" }?.date == "2006-10-18")
    }

    @Test("a chronology entry's day dates every clause of its line, and years that qualify a noun date nothing")
    func entryLineAndQualifyingYears() {
        let events = Self.events("""
            Timeline

            16 June - Road builders escorted by troops begin extending a track toward the ridge.

            29 June - Nepal's foreign ministry says the road work breaches the 1988 and 1998 agreements and asks \
            China to restore the situation as it stood before the work began.
            """, published: CalendarDay(iso: "2017-08-31"))
        let asks = events.first { $0.source.country == "NPL" && $0.target?.country == "CHN" && $0.root == "02" }
        #expect(asks?.date == "2017-06-29")
        #expect(!events.contains { $0.dateStart?.year == 1988 || $0.dateStart?.year == 1998 })
    }
}
