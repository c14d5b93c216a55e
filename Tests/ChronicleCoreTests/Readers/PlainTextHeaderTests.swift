import Testing
@testable import ChronicleCore

@Suite struct PlainTextHeaderTests {
    @Test func headerCorpus() throws {
        let rows = try ReaderFixtures.rows("text-headers.tsv")
        #expect(rows.count >= 25)
        for row in rows {
            try #require(row.count == 5, "row needs 5 columns: \(row)")
            let header = PlainTextHeader(text: row[0])
            func expected(_ cell: String) -> String? { cell == "-" ? nil : cell }
            #expect(header.date?.description == expected(row[1]), "date of \(row[0].debugDescription)")
            #expect(header.title == expected(row[2]), "title of \(row[0].debugDescription)")
            #expect(header.author == expected(row[3]), "author of \(row[0].debugDescription)")
            #expect(header.source == expected(row[4]), "source of \(row[0].debugDescription)")
        }
    }

    @Test func datelineCorpus() throws {
        let rows = try ReaderFixtures.rows("datelines.tsv")
        #expect(rows.count >= 12)
        for row in rows {
            try #require(row.count == 5, "row needs 5 columns: \(row)")
            let line = Array(row[0].utf8)
            let dateline = Dateline(line)
            if row[1] == "none" {
                #expect(dateline == nil, "\(row[0]) must not be a dated dateline")
                #expect(Dateline.agencyOnly(line) == (row[4] == "-" ? nil : row[4]), "agency of \(row[0])")
                continue
            }
            let found = try #require(dateline, "\(row[0]) must be a dateline")
            #expect(found.place == row[1])
            let monthDay = String(format: "%02d-%02d", found.date.month, found.date.day)
            #expect(monthDay == row[2], "day of \(row[0])")
            #expect(found.date.year.map(String.init) == (row[3] == "-" ? nil : row[3]), "year of \(row[0])")
            #expect(found.agency == (row[4] == "-" ? nil : row[4]), "agency of \(row[0])")
            #expect(String(decoding: line[found.end...], as: UTF8.self).first?.isLetter == true,
                    "story text starts after the dash in \(row[0])")
        }
    }

    @Test func textKeepsTheWholeFileAndDateOverrideWins() throws {
        let text = "Summit ends\n2018-06-12\n\nSEOUL, June 12 (Yonhap) -- It ended.\n"
        let doc = try ReaderFixtures.document(text, name: "summit.txt")
        #expect(doc.text == text)
        #expect(doc.publicationDate == CalendarDay(iso: "2018-06-12"))
        #expect(doc.id == "summit")
        let override = ReadOptions(dateOverride: CalendarDay(iso: "2019-02-27"))
        let forced = try ReaderFixtures.read(text, name: "summit.txt", options: override)[0].get()
        #expect(forced.publicationDate == CalendarDay(iso: "2019-02-27"))
        #expect(forced.title == "Summit ends")
    }

    @Test func yearlessDatelineGetsTheDateFromDateFlag() throws {
        let text = "SEOUL, June 12 (Yonhap) -- The summit ended with a statement."
        let plain = try ReaderFixtures.document(text, name: "a.txt")
        #expect(plain.publicationDate == nil)
        #expect(plain.source == "Yonhap")
        let dated = try ReaderFixtures.read(text, name: "a.txt",
            options: ReadOptions(dateOverride: CalendarDay(iso: "2018-06-12")))[0].get()
        #expect(dated.publicationDate?.description == "2018-06-12")
    }

    @Test func headerScanStopsAtTheBody() {
        // A date deep in the body is not a publication date.
        let body = String(repeating: "The envoys talked for a long time about many things.\n", count: 40)
        let header = PlainTextHeader(text: "Long story\n\n" + body + "2018-06-12\n")
        #expect(header.date == nil)
        #expect(header.title == "Long story")
    }
}
