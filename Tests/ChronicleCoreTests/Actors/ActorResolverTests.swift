import Foundation
import Testing
@testable import ChronicleCore

/// The public API of the actor layer: lookups, role holders, offsets, reporters, records.
@Suite("Actor resolver")
struct ActorResolverTests {
    let resolver: ActorResolver

    init() throws {
        resolver = try ActorResolver.shipped()
    }

    @Test("countries are found by name, variant, adjective and code")
    func countries() {
        #expect(resolver.country(named: "DPRK")?.iso3 == "PRK")
        #expect(resolver.country(named: "North Korean")?.iso3 == "PRK")
        #expect(resolver.country(named: "Republic of Korea")?.iso3 == "KOR")
        #expect(resolver.country(named: "U.S.")?.iso3 == "USA")
        #expect(resolver.country(named: "JPN")?.name == "Japan")
        #expect(resolver.country(named: "Soviet Union")?.kind == "historical")
        #expect(resolver.country(named: "turkey") == nil)
        #expect(resolver.country(named: "Atlantis") == nil)
    }

    @Test("people are found by name variant, and the holder of a role by date")
    func people() throws {
        let day = try #require(CalendarDay(iso: "2018-05-09"))
        #expect(resolver.person(named: "Kim Jong Un")?.id == "kim-jong-un")
        #expect(resolver.person(named: "Kim Jong-Un")?.gender == "M")
        let kono = try #require(resolver.person(named: "Taro Kono", on: day))
        #expect(kono.tenure(on: day)?.role == "foreign minister")
        let later = try #require(CalendarDay(iso: "2020-01-01"))
        #expect(kono.tenure(on: later)?.role == "defense minister")
        #expect(resolver.holder(of: "prime minister", country: "JPN", on: day)?.name == "Shinzo Abe")
        let autumn = try #require(CalendarDay(iso: "2021-11-01"))
        #expect(resolver.holder(of: "prime minister", country: "JPN", on: autumn)?.name == "Fumio Kishida")
        #expect(resolver.holder(of: "secretary of state", country: "USA", on: day)?.name == "Mike Pompeo")
        #expect(resolver.holder(of: "foreign minister", country: "USA", on: day)?.name == "Mike Pompeo")
        let pompeo = try #require(resolver.person(named: "Mike Pompeo"))
        let cia = try #require(CalendarDay(iso: "2017-06-01"))
        #expect(pompeo.tenure(on: cia)?.sector == "SPY")
    }

    @Test("organizations carry their code, country and sector")
    func organizations() {
        #expect(resolver.organization(named: "KCNA")?.country == "PRK")
        #expect(resolver.organization(named: "KCNA")?.isMedia == true)
        #expect(resolver.organization(named: "UN Security Council")?.code == "IGOUNOSEC")
        #expect(resolver.organization(named: "Reuters")?.country == "GBR")
        #expect(resolver.organization(named: "Foreign Ministry")?.country == nil)
    }

    @Test("the shipped tables are as large as promised")
    func tableSizes() {
        let counts = resolver.tableCounts
        #expect(counts["countries", default: 0] >= 250)
        #expect(counts["people", default: 0] >= 500)
        #expect(counts["places", default: 0] >= 2000)
        #expect(counts["organizations", default: 0] >= 150)
    }

    @Test("offsets are Unicode scalar indices into the text")
    func offsets() throws {
        let text = "Café owners said — “Tokyo warned Pyongyang,” and Kim Jong Un’s aides objected."
        let mentions = resolver.resolve(text: text, publicationDate: CalendarDay(iso: "2018-05-09"))
        let scalars = Array(text.unicodeScalars)
        for m in mentions {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[m.start..<m.end])
            #expect(String(view) == m.text)
        }
        #expect(mentions.contains { $0.text == "Tokyo" && $0.code == "JPNGOV" && $0.how == .metonymy })
        #expect(mentions.contains { $0.text == "Pyongyang" && $0.code == "PRKGOV" })
        #expect(mentions.contains { $0.country == "PRK" && $0.text.hasPrefix("Kim Jong Un") })
    }

    @Test("news media are marked, and as reporters when cited")
    func reporters() {
        let text = "Pyongyang rejected the offer, Yonhap reported. KCNA criticized Seoul. According to Kyodo, talks resume."
        let mentions = resolver.resolve(text: text, publicationDate: nil)
        let yonhap = mentions.first { $0.name == "Yonhap" }
        let kcna = mentions.first { $0.name == "Korean Central News Agency" }
        let kyodo = mentions.first { $0.name == "Kyodo" }
        #expect(yonhap?.isMedia == true && yonhap?.isReporter == true)
        #expect(kcna?.isMedia == true && kcna?.isReporter == false)
        #expect(kyodo?.isReporter == true)
    }

    @Test("records follow DESIGN.md")
    func records() throws {
        let doc = Document(id: "d1", text: "The Japanese ambassador to South Korea, Yasumasa Nagamine, left.",
                           publicationDate: CalendarDay(iso: "2018-05-09"))
        let m = try #require(resolver.resolve(doc).first)
        let record = m.record
        #expect(record.text == "The Japanese ambassador to South Korea, Yasumasa Nagamine")
        #expect(record.country == "JPN" && record.sector == "GOV" && record.code == "JPNGOV")
        #expect(record.role == "ambassador" && record.name == "Yasumasa Nagamine")
        #expect(m.roleKind == "DIP")
        let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        #expect(json.contains("\"how\":\"dictionary\""))
    }

    @Test("a name is learned inside one document only")
    func learningIsPerDocument() {
        let first = resolver.resolve(text: "Hwang Dae-sik, the South Korean vice foreign minister, spoke.", publicationDate: nil)
        #expect(first.first?.name == "Hwang Dae-sik")
        let second = resolver.resolve(text: "Hwang Dae-sik spoke.", publicationDate: nil)
        #expect(second.isEmpty)
    }

    @Test("without a publication date roles keep their country and sector")
    func noDate() {
        let m = resolver.resolve(text: "The Japanese prime minister spoke.", publicationDate: nil).first
        #expect(m?.country == "JPN" && m?.sector == "GOV" && m?.name == nil)
    }
}
