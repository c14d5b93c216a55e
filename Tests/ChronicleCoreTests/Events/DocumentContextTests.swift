import Testing
@testable import ChronicleCore

/// What the coder takes from earlier sentences: the author of an act named again by a noun.
@Suite("Document context")
struct DocumentContextTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2017-07-06")

    @Test("'condemned the test' finds the act told with that word, not the latest act")
    func anaphorPrefersSameWord() {
        let text = """
            North Korea said on Tuesday that it had tested a long-range missile. On Wednesday, South Korean \
            forces fired missiles into the sea in a drill. The American secretary of state condemned the test.
            """
        let events = Self.coder.code(Document(id: "a", text: text, publicationDate: Self.day)).events
        let condemnation = events.first { $0.root == "11" && $0.source.country == "USA" }
        #expect(condemnation?.target?.country == "PRK")
        // Without a word to go by, the latest act of a fitting kind is meant.
        let other = """
            North Korea launched a missile on Tuesday. On Wednesday, South Korean forces fired missiles into \
            the sea in a drill. The American secretary of state condemned the firing.
            """
        let later = Self.coder.code(Document(id: "b", text: other, publicationDate: Self.day)).events
        #expect(later.first { $0.root == "11" && $0.source.country == "USA" }?.target?.country == "KOR")
    }

    @Test("'followed suit' and 'did the same' tell the act before again, by the new subject, toward the same party")
    func followedSuit() {
        let text = """
            Saudi Arabia recalled its ambassador from Beirut on Monday. Kuwait and Bahrain followed suit on \
            Tuesday. Panama cut its ties with Taipei and established diplomatic relations with Beijing in June \
            2017. Honduras did the same in March 2023.
            """
        let events = Self.coder.code(Document(id: "s", text: text, publicationDate: CalendarDay(iso: "2023-04-20"))).events
        for follower in ["KWT", "BHR"] {
            let recall = events.first { $0.source.country == follower }
            #expect(recall?.cameo == "160" && recall?.target?.country == "LBN" && recall?.date == "2023-04-18")
        }
        let honduras = events.filter { $0.source.country == "HND" }
        #expect(Set(honduras.map { "\($0.root) \($0.target?.country ?? "-") \($0.date ?? "-")" })
                == ["16 TWN 2023-03", "05 CHN 2023-03"])
        // Within one sentence, the act before the phrase; never by the act's own party, and a
        // negated phrase or one with nothing told before it is no act.
        let same = """
            Mali broke off diplomatic relations with Ukraine on August 4; Niger did the same two days later. \
            Ukraine did the same. Japan did not follow suit.
            """
        let niger = Self.coder.code(Document(id: "n", text: same, publicationDate: CalendarDay(iso: "2024-08-20"))).events
        #expect(niger.map { "\($0.source.country ?? "-")>\($0.target?.country ?? "-") \($0.cameo)" } == ["MLI>UKR 161", "NER>UKR 161"])
        #expect(Self.coder.code(Document(id: "o", text: "Kuwait followed suit on Tuesday.", publicationDate: Self.day)).events.isEmpty)
    }

    @Test("a day inside what is asked dates the act asked for, not the asking")
    func dayInsideAppeal() {
        let text = "The United States has asked the Security Council to meet Saturday to discuss Venezuela."
        let events = Self.coder.code(Document(id: "q", text: text, publicationDate: CalendarDay(iso: "2019-01-25"))).events
        #expect(events.first { $0.root == "02" }?.date == "2019-01-25")
        // The asking's own day still dates it.
        let told = "On Thursday the United States asked the Security Council to meet."
        let asked = Self.coder.code(Document(id: "r", text: told, publicationDate: CalendarDay(iso: "2019-01-25"))).events
        #expect(asked.first { $0.root == "02" }?.date == "2019-01-24")
    }

    @Test("'condemned the attack' answers force short of an assault, such as water cannon fired at a boat")
    func condemnedAttackOfCoercion() {
        let text = """
            A Chinese coast guard ship fired water cannon at a Philippine supply boat near the shoal on Saturday. \
            Australia condemned the attack on Monday.
            """
        let events = Self.coder.code(Document(id: "w", text: text, publicationDate: Self.day)).events
        #expect(events.first { $0.root == "11" && $0.source.country == "AUS" }?.target?.country == "CHN")
    }

    @Test("a minister no table knows, named without a country, serves the country the story opened with")
    func unknownMinisterServesOpeningCountry() {
        let text = """
            Venezuela ordered three Spanish diplomats to leave the country on Friday. Foreign Minister \
            Yvan Gil summoned the Spanish ambassador to protest.
            """
        let events = Self.coder.code(Document(id: "v", text: text, publicationDate: Self.day)).events
        let summons = events.first { $0.source.name == "Yvan Gil" }
        #expect(summons?.source.country == "VEN")
        #expect(summons?.target?.country == "ESP")
        // An ambassador named without a country is left to the text (mostly the foreign side).
        let envoy = Self.coder.code(Document(id: "u", text: "Venezuela protested on Friday. Ambassador Ramon Ortiz met officials.",
                                             publicationDate: Self.day)).actors
        #expect(envoy.first { $0.name == "Ramon Ortiz" }?.country == nil)
    }

    @Test("a day named before the subordinating word of an act's clause belongs to the main clause")
    func dayOfSubordinateClause() {
        let text = """
            The Philippines lodged a protest with China on Monday after a Chinese coast guard ship fired water \
            cannon at a Philippine vessel near the shoal on Saturday.
            """
        let events = Self.coder.code(Document(id: "p", text: text, publicationDate: CalendarDay(iso: "2023-12-05"))).events
        #expect(events.first { $0.root == "11" }?.dateStart == CalendarDay(iso: "2023-12-04"))
        #expect(events.first { $0.root == "17" }?.dateStart == CalendarDay(iso: "2023-12-02"))
    }

    @Test("acts below a release's date line on a page of reposted releases are told on that release's day")
    func releaseDateLines() {
        let text = """
            Statements reposted for our readers
            Posted July 25, 2016

            FOR IMMEDIATE RELEASE
            July 15, 2016

            The United States condemns the attempt to seize power in Turkey. We call on all Turks to reject violence.

            FOR IMMEDIATE RELEASE
            July 19, 2016

            President Obama spoke with President Erdogan of Turkey and condemned the plotters.
            """
        let events = Self.coder.code(Document(id: "rel", text: text, publicationDate: CalendarDay(iso: "2016-07-25"))).events
        #expect(events.first { $0.root == "02" }?.dateStart == CalendarDay(iso: "2016-07-15"))
        #expect(events.first { $0.root == "04" }?.dateStart == CalendarDay(iso: "2016-07-19"))
        #expect(!events.contains { $0.dateStart == CalendarDay(iso: "2016-07-25") })
        // (a statement of earlier in the year, reposted months later, keeps its own day)
        let older = """
            Two statements of this year, shared for our readers
            Posted on November 15, 2018

            On the Peace Declaration
            July 9, 2018

            The United States congratulates Ethiopia and Eritrea on the declaration they signed today.

            On the Council's Vote
            November 14, 2018

            The United States welcomes today's decision to lift the sanctions on Eritrea.
            """
        let reposted = Self.coder.code(Document(id: "rel2", text: older, publicationDate: CalendarDay(iso: "2018-11-15"))).events
        #expect(reposted.first { $0.target?.country == "ETH" }?.dateStart == CalendarDay(iso: "2018-07-09"))
        #expect(!reposted.contains { $0.dateStart == CalendarDay(iso: "2018-11-15") })
    }

    @Test("an answer to an act of the text's today is told that day, not on the day of a background told in between")
    func answerToTodaysAct() {
        let text = """
            U.S. and British forces struck more than 60 targets in Yemen early today. On Wednesday, the Security \
            Council passed a resolution on the Red Sea.

            Reactions

            Iran's Foreign Ministry condemned the strikes.
            """
        let events = Self.coder.code(Document(id: "ans", text: text, publicationDate: CalendarDay(iso: "2024-01-12"))).events
        let answer = events.first { $0.source.country == "IRN" && $0.root == "11" }
        #expect(answer?.target?.country == "USA")
        #expect(answer?.dateStart == CalendarDay(iso: "2024-01-12"))
    }

    @Test("a day right after 'since' starts a span and is no day the story goes on from")
    func sinceDayMovesNoClock() {
        let text = """
            On Wednesday, November 29, North Korea launched a new intercontinental ballistic missile. It was the \
            regime's first missile test since September 15. Within hours of the launch, President Trump spoke by \
            telephone with Prime Minister Abe of Japan.
            """
        let events = Self.coder.code(Document(id: "since", text: text, publicationDate: CalendarDay(iso: "2017-12-04"))).events
        #expect(events.first { $0.root == "04" && $0.target?.country == "JPN" }?.dateStart == CalendarDay(iso: "2017-11-29"))
    }

    @Test("condolences without a named party go to the one country the source dealt with")
    func condolencesToCounterpart() {
        let text = """
            This morning, President Obama spoke by phone with President Erdogan of Turkey. He extended the \
            condolences of the American people for the lives lost in the failed coup. Later, President Obama \
            met President Erdogan again.
            """
        let events = Self.coder.code(Document(id: "cond", text: text, publicationDate: CalendarDay(iso: "2016-07-19"))).events
        #expect(events.first { $0.cameo == "018" }?.target?.country == "TUR")
    }

    @Test("'called the veto a disgrace' answers whoever vetoed")
    func calledTheVeto() {
        let text = "Russia vetoed the draft on Monday. Britain's foreign secretary called the veto a disgrace."
        let events = Self.coder.code(Document(id: "veto", text: text, publicationDate: Self.day)).events
        #expect(events.first { $0.root == "11" && $0.source.country == "GBR" }?.target?.country == "RUS")
    }

    @Test("a minister's words about his own country are no act toward it")
    func ownCountryIsNoTarget() {
        let text = "Indonesian Foreign Minister Sugiono said Indonesia attaches great importance to its partnership with China."
        let events = Self.coder.code(Document(id: "own", text: text, publicationDate: Self.day)).events
        #expect(!events.contains { $0.source.country == "IDN" && $0.target?.country == "IDN" })
        #expect(events.contains { $0.source.country == "IDN" && $0.target?.country == "CHN" })
    }

    @Test("a retold meeting keeps its pair the story's, for 'the two ministers' further on")
    func retoldMeetingKeepsPair() {
        let text = """
            Chinese Foreign Minister Wang Yi held talks with Indonesian Foreign Minister Sugiono in Beijing on Thursday. \
            Wang said the railway had been a success. He praised the work of the engineers. Sugiono said the \
            railway had changed the lives of millions. He described the new port as a model. The two sides also \
            exchanged views on the situation in Myanmar. The ministers spoke about fishing. They discussed the \
            weather at length. After the talks, the two ministers signed a memorandum of understanding on fisheries.
            """
        let events = Self.coder.code(Document(id: "pair", text: text, publicationDate: Self.day)).events
        let signing = events.first { $0.cameo == "057" }
        #expect(Set([signing?.source.country, signing?.target?.country]) == Set(["CHN", "IDN"]))
    }

    @Test("a visit returned is paid to whoever paid the visit told before")
    func returnedVisit() {
        let text = "President Yoon Suk Yeol flew to Tokyo on March 16 for talks with Kishida. Kishida returned the visit on May 7."
        let events = Self.coder.code(Document(id: "ret", text: text, publicationDate: CalendarDay(iso: "2023-12-20"))).events
        let returned = events.first { $0.root == "04" && $0.source.country == "JPN" }
        #expect(returned?.target?.country == "KOR")
        #expect(returned?.dateStart == CalendarDay(iso: "2023-05-07"))
    }

    @Test("'relations between X and Y' make X and Y the pair of 'the two sides' until an interaction is coded")
    func namedPairForTheTwoSides() {
        let text = """
            Relations between Manila and Beijing went from bad to worse in 2024. In March the two sides \
            agreed in Shanghai to improve communication at sea.
            """
        let events = Self.coder.code(Document(id: "np", text: text, publicationDate: CalendarDay(iso: "2025-01-05"))).events
        let agreed = events.first { $0.root == "03" }
        #expect(Set([agreed?.source.country, agreed?.target?.country]) == Set(["PHL", "CHN"]))
        #expect(agreed?.date == "2024-03")
    }

    @Test("'welcomed the ceasefire' praises a party to it")
    func welcomedCeasefire() {
        let text = "A ceasefire between Israel and Hezbollah took effect on Wednesday. Iran welcomed the ceasefire."
        let events = Self.coder.code(Document(id: "c", text: text, publicationDate: Self.day)).events
        let praise = events.first { $0.root == "05" && $0.source.country == "IRN" }
        #expect(praise?.target?.country == "ISR")
    }

    @Test("'rejected the offer' is addressed to whoever made it")
    func rejectedOffer() {
        let text = "North Korea offered talks to South Korea on Monday. On Tuesday, Seoul rejected the offer."
        let events = Self.coder.code(Document(id: "o", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "12" && $0.source.country == "KOR" && $0.target?.country == "PRK" })
    }

    @Test("'rejected the criticism' answers whoever criticized; a criticism never told aims at no one")
    func rejectedCriticism() {
        let text = "Armenia's prime minister accused Russia of abandoning its ally on Monday. The Kremlin rejected the criticism."
        let events = Self.coder.code(Document(id: "r", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "12" && $0.source.country == "RUS" && $0.target?.country == "ARM" })
        let alone = Self.coder.code(Document(id: "r2", text: "The Kremlin rejected the criticism.", publicationDate: Self.day)).events
        #expect(!alone.contains { $0.target?.country != nil })
    }

    @Test("'rejected that claim' answers whoever claimed")
    func rejectedClaim() {
        let text = "Iran accused the United States of flying a drone over its territory. The Pentagon rejected that claim."
        let events = Self.coder.code(Document(id: "c", text: text, publicationDate: Self.day)).events
        #expect(events.contains { ["01", "12"].contains($0.root) && $0.source.country == "USA" && $0.target?.country == "IRN" })
    }

    @Test("a denial that names no accuser answers the latest charge against the denier")
    func denialAnswersCharge() {
        let text = "Washington accused Iran of attacking two tankers on Thursday. Tehran denied any role."
        let events = Self.coder.code(Document(id: "d", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.cameo == "016" && $0.source.country == "IRN" && $0.target?.country == "USA" })
        // (a charge against someone else, or none at all, leaves the denial without a target)
        let other = "Washington accused Syria of attacking two tankers on Thursday. Tehran denied any role."
        let events2 = Self.coder.code(Document(id: "d2", text: other, publicationDate: Self.day)).events
        #expect(events2.contains { $0.cameo == "016" && $0.source.country == "IRN" && $0.target == nil })
        let alone = Self.coder.code(Document(id: "d3", text: "Tehran denied any role.", publicationDate: Self.day)).events
        #expect(alone.contains { $0.cameo == "016" && $0.target == nil })
    }

    @Test("'criticized that agreement' answers the parties to an agreement to act")
    func criticizedAgreementToAct() {
        let text = """
            Manila and Washington agreed on Monday to give American troops access to two more bases. On \
            Tuesday the Japanese foreign minister visited Brussels. Beijing criticized that agreement.
            """
        let events = Self.coder.code(Document(id: "g", text: text, publicationDate: Self.day)).events
        let criticism = events.first { $0.root == "11" && $0.source.country == "CHN" }
        #expect(["PHL", "USA"].contains(criticism?.target?.country ?? "-"))
    }

    @Test("'condemned the strikes' answers the first author of the strikes told with that noun; 'the group' is the armed group last named")
    func condemnedStrikesOfCoalition() {
        let text = """
            The United States and Britain launched air strikes on Houthi targets in Yemen on Friday. Hours later \
            the group said it had fired a missile at an American destroyer. Iran condemned the strikes.
            """
        let events = Self.coder.code(Document(id: "h", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "11" && $0.source.country == "IRN" && $0.target?.country == "USA" })
        #expect(events.contains { $0.source.code == "YEMREB" && $0.target?.country == "USA" && ["19", "18"].contains($0.root) })
    }

    @Test("a state that had ended more than a year before an act is no party to it; its own past acts still are")
    func endedStatesActOnlyInTheirTime() {
        let text = """
            Russia protested on Monday against the removal of the Soviet war memorial. Soviet veterans condemned \
            Estonia. The Soviet Union invaded Afghanistan in December 1979.
            """
        let events = Self.coder.code(Document(id: "sun", text: text, publicationDate: CalendarDay(iso: "2007-05-04"))).events
        #expect(!events.contains { $0.source.country == "SUN" && $0.dateStart.map { $0.year == 2007 } ?? true })
        #expect(!events.contains { $0.target?.country == "SUN" })
        #expect(events.contains { $0.source.country == "SUN" && $0.target?.country == "AFG" && $0.date == "1979-12" })
    }

    @Test("'called the raid an act of banditry' answers the bombing, not an expulsion told in between")
    func raidAnswersForceBeforeCoercion() {
        let text = """
            American warplanes bombed five targets in Libya on Tuesday. In Bonn, the government, which last week \
            ordered two Libyan diplomats out of the country, said it understood the decision. The Soviet government \
            called the raid an act of banditry.
            """
        let events = Self.coder.code(Document(id: "raid", text: text, publicationDate: CalendarDay(iso: "1986-04-16"))).events
        #expect(events.first { $0.source.country == "SUN" && $0.root == "11" }?.target?.country == "USA")
        // (so when the bombing was told far back, in the lede)
        let far = Self.coder.code(Document(id: "raid2", text: """
            American warplanes bombed five targets in Libya on Tuesday. The planes flew from bases in England. Two \
            crew members are missing. The operation lasted twelve minutes. Officials described the damage as heavy. \
            The President spoke on television. He said the evidence was clear. In Bonn, the government, which last \
            week ordered two Libyan diplomats out of the country, said it understood the decision. The Soviet \
            government called the raid an act of banditry.
            """, publicationDate: CalendarDay(iso: "1986-04-16"))).events
        #expect(far.first { $0.source.country == "SUN" && $0.root == "11" }?.target?.country == "USA")
        // (West Germany is DEU, the code united Germany kept)
        #expect(events.contains { $0.source.country == "DEU" && $0.target?.country == "LBY" })
    }

    @Test("'the bombing' and 'the shelling' name an act of force told far back, whatever its verb")
    func bombingNamesFarForce() {
        let events = Self.coder.code(Document(id: "bomb", text: """
            NATO aircraft struck targets across Yugoslavia on Wednesday night. The planes flew from bases in \
            Italy. Two crews reported heavy fire. The operation lasted four hours. Officials described the damage as \
            heavy. The President spoke on television. He said the evidence was clear. The Russian president called \
            the bombing an act of aggression.
            """, publicationDate: CalendarDay(iso: "1999-03-26"))).events
        #expect(events.first { $0.source.country == "RUS" && $0.root == "11" }?.target?.country == "IGO")
    }

    @Test("talks on two days in a row are one meeting; a meeting held again is two")
    func meetingOnTwoDays() {
        let row = Self.coder.code(Document(id: "m1", text: """
            The American envoy met Milosevic in Belgrade on Monday and Tuesday in a final attempt to avert strikes.
            """, publicationDate: CalendarDay(iso: "1999-03-26"))).events.filter { $0.root == "04" }
        #expect(row.count == 1)
        #expect(row.first?.date == "1999-03-22/1999-03-23")
        let again = Self.coder.code(Document(id: "m2", text: """
            The American envoy met Milosevic in Belgrade on Monday and again on Tuesday.
            """, publicationDate: CalendarDay(iso: "1999-03-26"))).events.filter { $0.root == "04" }
        #expect(again.count == 2)
    }

    @Test("a condemnation of an act named again is aimed at each of its authors; a plan named again at its first")
    func eachAuthorCondemned() {
        let strikes = Self.coder.code(Document(id: "s2", text: """
            The United States and Britain launched air strikes on Houthi targets in Yemen on Friday. Iran condemned the strikes.
            """, publicationDate: Self.day)).events
        #expect(strikes.contains { $0.root == "11" && $0.source.country == "IRN" && $0.target?.country == "USA" })
        #expect(strikes.contains { $0.root == "11" && $0.source.country == "IRN" && $0.target?.country == "GBR" })
        let signing = Self.coder.code(Document(id: "s3", text: """
            Israel and the United Arab Emirates signed a peace treaty at the White House on Tuesday. Palestinian leaders condemned the signing.
            """, publicationDate: Self.day)).events
        #expect(Set(signing.filter { $0.root == "11" }.compactMap { $0.target?.country }) == ["ISR", "ARE"])
        let summit = Self.coder.code(Document(id: "s4", text: """
            The leaders of Japan, China and South Korea held a summit in Seoul on Monday. Japan will host the next summit.
            """, publicationDate: Self.day)).events
        #expect(summit.filter { $0.root == "03" && $0.source.country == "JPN" }.count <= 1)
    }

    @Test("an act named again in a clause that borrows its subject is not the borrowing clause's own act")
    func lenderIsNoAuthor() {
        let events = Self.coder.code(Document(id: "t", text: "We also thank the Government of South Africa for hosting the talks since October 25.",
                                              publicationDate: CalendarDay(iso: "2022-11-02"), source: "U.S. Department of State")).events
        #expect(events.contains { $0.root == "05" && $0.source.country == "USA" && $0.target?.country == "ZAF" })
        #expect(!events.contains { $0.source.country == "ZAF" && $0.target?.country == "USA" })
    }

    @Test("an intention without a party goes to the only country its source dealt with")
    func onlyCounterpart() {
        let text = """
            Secretary of State Antony Blinken's talks with Iranian officials, set for Thursday, have been postponed. \
            We intend to meet again soon.
            """
        let doc = Document(id: "u", text: text, publicationDate: CalendarDay(iso: "2023-05-02"), source: "U.S. Department of State")
        let events = Self.coder.code(doc).events
        #expect(events.contains { $0.root == "16" && $0.source.country == "USA" && $0.target?.country == "IRN" })
        #expect(events.contains { $0.root == "03" && $0.source.country == "USA" && $0.target?.country == "IRN" })
    }

    @Test("'welcomed the reopening' praises whoever reopened, and 'the two leaders' are the pair who did")
    func welcomedReopening() {
        let text = """
            Ethiopia and Eritrea reopened two border crossings on Tuesday. The two leaders signed a peace \
            declaration in July. Sudan called for calm. The African Union welcomed the reopening.
            """
        let events = Self.coder.code(Document(id: "r", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "06" && $0.source.country == "ETH" && $0.target?.country == "ERI" })
        #expect(events.contains { $0.cameo == "057" && Set([$0.source.country, $0.target?.country]) == Set(["ETH", "ERI"]) })
        #expect(events.contains { $0.root == "05" && $0.source.country == "IGO" && ["ETH", "ERI"].contains($0.target?.country ?? "") })
    }

    @Test("'opposed the deployment' is aimed at whoever deployed, whatever kind of act that was coded")
    func opposedDeployment() {
        let text = """
            The United States began deploying a missile defense system in South Korea on Monday. \
            Beijing firmly opposed the deployment.
            """
        let events = Self.coder.code(Document(id: "d", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "11" && $0.source.country == "CHN" && $0.target?.country == "USA" })
    }

    @Test("'criticized the gathering' is aimed at whoever gathered")
    func criticizedGathering() {
        let text = "The defense ministers of Japan and Australia met in Tokyo on Monday. On Tuesday, Beijing criticized the gathering."
        let events = Self.coder.code(Document(id: "g", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "11" && $0.source.country == "CHN" && $0.target?.country == "JPN" })
    }

    @Test("an actor is never coded acting on itself")
    func noSelfEvents() {
        let text = "At the United Nations on Wednesday, the American ambassador warned that Washington would use force."
        let events = Self.coder.code(Document(id: "s", text: text, publicationDate: Self.day)).events
        #expect(!events.contains { $0.source.code != nil && $0.target?.code == $0.source.code })
    }

    @Test("'X also criticized it' is aimed at the target of the act just told")
    func alsoRepeatsTarget() {
        let text = """
            Ministers of twenty countries met in Ottawa on Monday. On Tuesday, Beijing criticized the United States \
            for organizing the meeting. Moscow also criticized the meeting.
            """
        let events = Self.coder.code(Document(id: "a", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "11" && $0.source.country == "RUS" && $0.target?.country == "USA" })
        // Without "also", a reaction is not given the last target.
        let plain = "On Tuesday, Beijing criticized the United States for its sanctions. Moscow praised its own police."
        let other = Self.coder.code(Document(id: "b", text: plain, publicationDate: Self.day)).events
        #expect(!other.contains { $0.source.country == "RUS" && $0.target?.country == "USA" })
    }

    @Test("a protest that names no one answers the story's first provocation")
    func reactionFindsProvocation() {
        let text = """
            North Korea fired a ballistic missile over Japan on Tuesday. Within an hour South Korean forces \
            fired missiles into the sea in a drill. Tokyo lodged a protest, and the Pentagon expressed strong concern.
            """
        let events = Self.coder.code(Document(id: "p", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "11" && $0.source.country == "JPN" && $0.target?.country == "PRK" })
        // A show of force answers it too; the provocation itself gets no made-up target.
        #expect(events.contains { $0.root == "15" && $0.source.country == "KOR" && $0.target?.country == "PRK" })
        #expect(!events.contains { $0.root == "15" && $0.source.country == "PRK" && $0.target != nil && $0.target?.country != "JPN" })
        // Without a provocation in the story, the protest keeps no target.
        let alone = "Tokyo lodged a protest on Tuesday, the ministry said."
        let none = Self.coder.code(Document(id: "q", text: alone, publicationDate: Self.day)).events
        #expect(!none.contains { $0.root == "11" && $0.target != nil })
    }

    @Test("a reaction to an act named by its noun finds the act told with that word, however far back")
    func farReactionFindsAct() {
        let text = """
            Hours earlier, an Israeli air strike on a suburb of Beirut killed a Hezbollah commander.             A funeral was held on Thursday. Mourners filled the streets. The markets were closed.             Schools stayed shut. The weather was hot. Flights were cancelled.

            Malaysia: The foreign ministry condemned the killing.
            """
        let events = Self.coder.code(Document(id: "k", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "11" && $0.source.country == "MYS" && $0.target?.country == "ISR" })
        // (an act told with another word is not taken from so far back)
        let other = text.replacingOccurrences(of: "condemned the killing", with: "condemned the blockade")
        let none = Self.coder.code(Document(id: "l", text: other, publicationDate: Self.day)).events
        #expect(!none.contains { $0.root == "11" && $0.source.country == "MYS" && $0.target?.country == "ISR" })
    }

    @Test("a government's protest is an official complaint; a crowd's is a demonstration")
    func officialProtest() {
        let text = "North Korea fired a missile over Hokkaido on Friday. Japan protested through its embassy in Beijing."
        let events = Self.coder.code(Document(id: "o", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.cameo == "114" && $0.source.country == "JPN" && $0.target?.country == "PRK" })
        let street = "Thousands of South Korean students demonstrated against Japan outside the embassy on Friday."
        let crowd = Self.coder.code(Document(id: "c", text: street, publicationDate: Self.day)).events
        #expect(crowd.contains { $0.root == "14" && $0.source.country == "KOR" })
    }

    @Test("a warning that names only its own side is aimed at the story's provoker")
    func warningAimedAtProvoker() {
        let text = """
            North Korea fired a ballistic missile over Japan on Sunday. On Monday the American defense secretary warned that \
            any threat to the United States would be met with a massive military response.
            """
        let events = Self.coder.code(Document(id: "w", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "13" && $0.source.country == "USA" && $0.target?.country == "PRK" })
    }
}
