import Testing
@testable import ChronicleCore

@Suite struct TextDecodingTests {
    private func decode(_ bytes: [UInt8]) -> Result<TextDecoding.Decoded, DocumentReadError> {
        TextDecoding.decode(bytes, path: "f.txt")
    }

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try decode(Array("Moon Jae-in’s visit".utf8)).get()
        #expect(plain.text == "Moon Jae-in’s visit")
        #expect(plain.encoding == .utf8)
        let bom = try decode([0xEF, 0xBB, 0xBF] + Array("Seoul".utf8)).get()
        #expect(bom.text == "Seoul")
        #expect(bom.encoding == .utf8BOM)
    }

    @Test func utf16WithBOM() throws {
        let text = "Pyongyang – “talks”"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try decode(le).get().text == text)
        #expect(try decode(le).get().encoding == .utf16LE)
        #expect(try decode(be).get().text == text)
    }

    @Test func windows1252AndLatin1() throws {
        // "Café talks – “peace” in Séoul" in Windows-1252.
        var bytes = Array("Caf".utf8) + [0xE9] + Array(" talks ".utf8) + [0x96] + Array(" ".utf8)
        bytes += [0x93] + Array("peace".utf8) + [0x94] + Array(" in S".utf8) + [0xE9] + Array("oul".utf8)
        let decoded = try decode(bytes).get()
        #expect(decoded.text == "Café talks – “peace” in Séoul")
        #expect(decoded.encoding == .windows1252)
        // Latin-1 only (no 0x80–0x9F bytes): the same table reads it.
        #expect(try decode(Array("Jos".utf8) + [0xE9, 0x20, 0xC0]).get().text == "José À")
    }

    @Test func mixedUTF8AndWindowsBytesRepairs() throws {
        let bytes = Array("“Talks” ".utf8) + [0x93] + Array("resume".utf8) + [0x94]
        #expect(try decode(bytes).get().text == "“Talks” “resume”")
    }

    @Test func invalidBytesNoFallbackExplains() throws {
        let hole = try #require(decode(Array("abc".utf8) + [0x81] + Array("def".utf8)).failure)
        #expect(hole.code == .invalidEncoding)
        #expect(hole.message.contains("byte 3"))
        #expect(hole.message.contains("0x81"))
        // Mostly high bytes: some other encoding (here EUC-KR-like pairs), not Western text.
        let pairs: [UInt8] = Array(repeating: [0xB1, 0xE8, 0xC1, 0xA4], count: 20).flatMap { $0 }
        #expect(decode(pairs).failure?.code == .invalidEncoding)
    }

    @Test func binaryInputs() {
        #expect(decode(Array("%PDF-1.7\n".utf8) + [0xE2, 0xE3]).failure?.message.contains("PDF") == true)
        #expect(decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]).failure?.code == .binary)
        #expect(decode([0x1F, 0x8B, 0x08, 0x00]).failure?.message.contains("gzip") == true)
        #expect(decode(Array("text".utf8) + [0x00] + Array("more".utf8)).failure?.message.contains("NUL byte at offset 4") == true)
        let controls: [UInt8] = Array((0..<40).map { _ -> [UInt8] in [0x01, 0x41, 0x02, 0x42] }.joined())
        #expect(decode(controls).failure?.code == .binary)
    }

    @Test func strayControlBytesAndDOSEndMarkerAreText() throws {
        #expect(try decode(Array("Old file\r\n".utf8) + [0x1A]).get().text.hasPrefix("Old file"))
        #expect(try decode(Array("One \u{7} bell in a long line of ordinary text".utf8)).get().encoding == .utf8)
    }
}

@Suite struct DateTextParserTests {
    @Test(arguments: [
        ("2018-06-12", "2018-06-12"),
        ("2018-06-12T09:30:00+09:00", "2018-06-12"),
        ("2018/06/12", "2018-06-12"),
        ("26.11.2018", "2018-11-26"),
        ("June 12, 2018", "2018-06-12"),
        ("Jun. 12 2018", "2018-06-12"),
        ("Tuesday, June 12, 2018 10:30 KST", "2018-06-12"),
        ("12 June 2018", "2018-06-12"),
        ("12th of June, 2018", "2018-06-12"),
        ("Tue, 12 Jun 2018 09:30:00 +0900", "2018-06-12"),
        ("Sept. 3, 2017", "2017-09-03"),
        ("Posted on : 2018-09-19 17:22 KST", "2018-09-19"),
        ("updated on May 3rd, 2019", "2019-05-03"),
        ("03/09/2020 09:47 AM EDT", "2020-03-09"),
        ("25/12/2019", "2019-12-25"),
    ])
    func fullDates(text: String, expected: String) {
        #expect(DateTextParser.firstDay(in: text)?.description == expected, "\(text)")
    }

    @Test func yearlessAndNonDates() {
        let yearless = DateTextParser.first(in: "SEOUL, June 12 (Yonhap)")
        #expect(yearless?.year == nil)
        #expect(yearless?.month == 6)
        #expect(yearless?.day == 12)
        for text in ["2018-13-01", "31.02.2018", "June 2018", "May we meet", "room 12 June", "version 1.2.3",
                     "the 2018 summit", "12.5 percent", "13/13/2019", "1/2 2019"] {
            #expect(DateTextParser.firstDay(in: text) == nil, "\(text)")
        }
    }
}
