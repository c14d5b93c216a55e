import Foundation
import Testing
@testable import ChronicleCore

@Suite("Temporal tagger")
struct TemporalTaggerTests {
    let tagger = TemporalTagger.shared

    @Test("the narrative clock follows the text")
    func narrative() {
        let text = """
            Fighting broke out on August 28. That same day the envoy left. The following day talks \
            began, and two days later they failed. In March 2017 sanctions were imposed; the next month \
            they were eased.
            """
        let found = tagger.annotate(text: text, publicationDate: CalendarDay(iso: "2018-09-10"))
        #expect(found.map(\.value) == ["2018-08-28", "2018-08-28", "2018-08-29", "2018-08-31", "2017-03", "2017-04"])
        #expect(found.map(\.anchor) == [.publication, .narrative, .narrative, .narrative, nil, .narrative])
    }

    @Test("a year alone near the publication date does not end a review of past months")
    func yearAloneKeepsReview() {
        let text = """
            The Nile dam dispute, 2020-2021. In January 2020 the three governments met in Washington. \
            Ethiopia skipped the final round in late February.
            """
        let found = tagger.annotate(text: text, publicationDate: CalendarDay(iso: "2021-08-15"))
        #expect(found.last?.value == "2020-02")
        // (a month named near the publication date does: "In July 2021 … in late February" is 2021's)
        let recent = tagger.annotate(text: "In July 2021 the council met again. Ethiopia skipped the final round in late February.",
                                     publicationDate: CalendarDay(iso: "2021-08-15"))
        #expect(recent.last?.value == "2021-02")
    }

    /// The values of the expressions of `text` published on `published`.
    func values(_ text: String, published: String) -> [String] {
        tagger.annotate(text: text, publicationDate: CalendarDay(iso: published)).map(\.value)
    }

    @Test("a byline's or dateline's date does not end a review of past years")
    func mastheadKeepsReview() {
        let review = """
            Lima and Quito, 2019-2021: a slow repair

            By Ana Torres, December 28, 2021

            Talks resumed in February 2019. The ministers met again on June 3, and three days later \
            the border reopened.
            """
        #expect(values(review, published: "2021-12-28").suffix(2) == ["2019-06-03", "2019-06-06"])
        let dateline = """
            QUITO, December 28, 2021 (Andes Desk) - Talks resumed in February 2019. The ministers met \
            again on June 3.
            """
        #expect(values(dateline, published: "2021-12-28").last == "2019-06-03")
        // (a date of the story on the publication day still reaches the present)
        let news = """
            On December 20, 2021 the ministers met again. Talks had first been held in March 2019. \
            Both sides walked out on June 3.
            """
        #expect(values(news, published: "2021-12-28").last == "2021-06-03")
    }

    @Test("a review goes forward from the last month it named; a limit after 'beyond' names no year of the story")
    func reviewGoesForward() {
        let text = """
            The leaders met on September 17, 2002 and pledged to extend the moratorium beyond 2003. \
            The envoys returned on October 15. In 2003 the talks stalled in January, and a new round \
            opened in August.
            """
        #expect(values(text, published: "2005-01-15") == ["2002-09-17", "2003", "2002-10-15", "2003", "2003-01", "2003-08"])
        // (a month shortly before the last one named is still a look back)
        #expect(values("The talks resumed on March 10, 2021. They had stalled in February.", published: "2023-06-01").last == "2021-02")
    }

    @Test("an aside's full date opens a review of a past year")
    func asideOpensReview() {
        let text = """
            Iraq's invasion of Kuwait, which began on 2 August 1990, changed the region. On 6 August, the \
            council imposed sanctions. In November it authorised force.
            """
        #expect(values(text, published: "1991-09-20") == ["1990-08-02", "1990-08-06", "1990-11"])
        // (without the aside's date the year-less days are the publication's year, as before)
        let plain = "Iraq's invasion of Kuwait changed the region. On 6 August, the council imposed sanctions."
        #expect(values(plain, published: "1991-09-20").last == "1991-08-06")
        // (nor does an aside move the story's day: "the following day" counts from the day before it)
        let news = "On Monday, the council, which had met on 2 August 1990, voted. The following day it adjourned."
        #expect(values(news, published: "1990-08-08").last == "1990-08-07")
    }

    @Test("a day named as a deadline does not move the narrative clock")
    func deadlineAside() {
        let text = """
            On 4 August, the government announced that the card holders would have to go, and set             1 September as the deadline. The refugee agency protested the next day.
            """
        #expect(values(text, published: "2025-09-10") == ["2025-08-04", "2025-09-01", "2025-08-05"])
        let of = "On 4 August, the ministry announced a deadline of 1 November. Aid groups protested the next day."
        #expect(values(of, published: "2025-12-10") == ["2025-08-04", "2025-11-01", "2025-08-05"])
        // (a day the story goes on to is the clock: "and on 6 August it closed the border")
        let on = "On 4 August, the government announced the plan, and on 6 August it closed the border. Aid groups protested the next day."
        #expect(values(on, published: "2025-09-10").last == "2025-08-07")
    }

    @Test("a time inside a 'since' clause does not move the narrative clock")
    func sinceClauseAside() {
        let text = """
            The army fired a rocket on Friday, its first launch since the council imposed sanctions \
            on Monday. The rocket was fired at 7 a.m., officials said.
            """
        let found = tagger.annotate(text: text, publicationDate: CalendarDay(iso: "2017-09-16"))
        #expect(found.map(\.value) == ["2017-09-15", "2017-09-11", "2017-09-15T07:00"])
    }

    @Test("an accord's day in a reduced relative clause does not move the narrative clock")
    func accordDayAside() {
        let text = """
            The two leaders met on August 25. They agreed to implement the trade agreement reached \
            on July 30. Later that day, the president spoke at a think tank.
            """
        let found = tagger.annotate(text: text, publicationDate: CalendarDay(iso: "2025-08-26"))
        #expect(found.map(\.value) == ["2025-08-25", "2025-07-30", "2025-08-25"])
        #expect(found.map(\.datesOwnClauseOnly) == [false, true, false])
        // (a main clause's day still moves it: "the two sides signed on July 30")
        let main = "The two leaders met on August 25. The two sides signed on July 30 a new deal. Later that day, they left."
        #expect(tagger.annotate(text: main, publicationDate: CalendarDay(iso: "2025-08-26")).last?.value == "2025-07-30")
    }

    @Test("a noun's day in a reduced relative clause after a comma, or an accord's without a preposition, does not move the clock")
    func participleDayAside() {
        let text = """
            Visits of 2024: 5 May – 7 May, France. A state visit for the anniversary of relations, \
            established on 27 January 1964. On 6 May the two presidents held talks.
            """
        #expect(values(text, published: "2025-01-12").suffix(2) == ["1964-01-27", "2024-05-06"])
        #expect(values("The ministers met on 8 May. The trade agreement signed the previous October took effect on 1 July.",
                       published: "2025-01-12") == ["2024-05-08", "2023-10", "2024-07-01"])
        // (without the comma the participle is the clause's own verb: "Relations were established
        // on 27 January 1964. On 6 May …" goes on from 1964)
        #expect(values("Relations were established on 27 January 1964. On 6 May the two sides exchanged envoys.",
                       published: "2025-01-12").last == "1964-05-06")
    }

    @Test("a year named alone in a review of the past gives the next sentence's day its year")
    func yearAloneInReview() {
        let review = "The review is of a book on the 1960s. Her reading of 1963 is more original. On 14 June the party sent a letter."
        #expect(values(review, published: "2025-09-01").last == "1963-06-14")
        // (a year two sentences back, or a story that has reached the present, leaves it to the
        // publication date)
        for text in ["Her reading of 1963 is more original. The book is long. On 14 June the party sent a letter.",
                     "The ministers met on 20 August. The treaty dates from 1963. On 14 June the party sent a letter."] {
            #expect(values(text, published: "2025-09-01").last == "2025-06-14")
        }
    }

    @Test("a day of the last week alone on its line or as a dateline is the day the text below means by today")
    func headerDayAnchorsToday() {
        let transcript = "Press statements after the talks\nFriday, August 15, 2025, 3:14 P.M. AKDT\n\nPRESIDENT: This morning we met, and today we agreed."
        #expect(values(transcript, published: "2025-08-16").suffix(2) == ["2025-08-15TMO", "2025-08-15"])
        // (a later dateline of the publication day takes over again)
        let two = "Georgetown, December 29, 2023 - The ministry met the envoy this morning.\n\nCaracas, 30 December 2023\n\nThe government replied today."
        #expect(values(two, published: "2023-12-30") == ["2023-12-29", "2023-12-29TMO", "2023-12-30", "2023-12-30"])
        // (a post's stamp after its clock time does not)
        let post = "The ambassador posted a reply.\n1:42 PM · Aug 11, 2025\n\nThe embassy hit back today."
        #expect(values(post, published: "2025-08-12").last == "2025-08-12")
    }

    @Test("a release's date written with its year on a page of reposted releases is each release's today")
    func releaseDatesAnchorToday() {
        let page = "Statements reposted for our readers\nPosted July 25, 2016\n\nFOR IMMEDIATE RELEASE\nJuly 15, 2016\n\n"
            + "This evening the President spoke with the Secretary.\n\nFOR IMMEDIATE RELEASE\nJuly 19, 2016\n\nThis morning the President called the King."
        #expect(values(page, published: "2016-07-25") == ["2016-07-25", "2016-07-15", "2016-07-15TEV", "2016-07-19", "2016-07-19TMO"])
        // (without its year, a day ten days old is no date line of the text below)
        let old = "FOR IMMEDIATE RELEASE\nJuly 15\n\nThis evening the President spoke with the Secretary."
        #expect(values(old, published: "2016-07-25").last == "2016-07-25TEV")
        // (a date written with its year months before is, as on an embassy's page of the year's
        // statements; one more than 400 days old is not)
        let months = "Statements of this year\nMarch 1, 2016\n\nThis evening the President spoke with the Secretary."
        #expect(values(months, published: "2016-07-25").last == "2016-03-01TEV")
        let older = "Chronology\nMarch 1, 2014\n\nThis evening the President spoke with the Secretary."
        #expect(values(older, published: "2016-07-25").last == "2016-07-25TEV")
    }

    @Test("a month told after another of the same sentence goes forward on a tie")
    func sentenceMonthTie() {
        let text = "His first journey, in May, took him to Paris, while the last, in November, took him to Lima."
        #expect(values(text, published: "2025-01-12") == ["2024-05", "2024-11"])
    }

    @Test("offsets are Unicode scalar offsets")
    func offsets() {
        let text = "Le ministre s’est rendu à Séoul 🇰🇷 le 11 avril — on April 11, 2018."
        let found = tagger.annotate(text: text, publicationDate: nil)
        let hit = try? #require(found.first)
        let scalars = Array(text.unicodeScalars)
        #expect(hit?.text == "April 11, 2018")
        if let hit {
            #expect(String(String.UnicodeScalarView(scalars[hit.start..<hit.end])) == "April 11, 2018")
        }
    }

    @Test("without a publication date, anchored values keep X digits")
    func noPublicationDate() {
        let found = tagger.annotate(text: "They met on April 11 and again last week.", publicationDate: nil)
        #expect(found.first?.value == "XXXX-04-11")
        #expect(found.first?.dateStart == nil)
        #expect(found.count == 2)
    }

    @Test("intervals of records")
    func records() {
        let found = tagger.annotate(text: "The conference runs from October 6-8 in Vienna.",
                                    publicationDate: CalendarDay(iso: "2018-09-20"))
        #expect(found.count == 1)
        #expect(found[0].record.value == "2018-10-06/2018-10-08")
        #expect(found[0].dateStart?.description == "2018-10-06")
        #expect(found[0].dateEnd?.description == "2018-10-08")
        #expect(found[0].parts.map(\.text) == ["October 6", "8"])
        #expect(found[0].granularity == .day)
    }

    @Test("quoted speech anchors today on the day it was given")
    func quotedToday() {
        let text = "The minister spoke on March 23, 2010. He said: \"We met today and agreed.\""
        let found = tagger.annotate(text: text, publicationDate: CalendarDay(iso: "2010-03-24"))
        #expect(found.map(\.value) == ["2010-03-23", "2010-03-23"])
    }
}
