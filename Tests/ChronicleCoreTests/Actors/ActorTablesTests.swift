import Foundation
import Testing
@testable import ChronicleCore

/// Consistency of the shipped tables: codes, dates, references between tables.
@Suite("Actor tables")
struct ActorTablesTests {
    @Test("every tenure has a known country and starts before it ends")
    func tenures() throws {
        let lexicon = try ActorResolver.shipped().lexicon
        let countries = Set(lexicon.countries.map(\.iso3) + ["IGO", "NGO"])
        var problems: [String] = []
        for person in lexicon.people {
            for t in person.tenures {
                if !countries.contains(t.country) { problems.append("\(person.id): unknown country \(t.country)") }
                if let end = t.end, end < t.start { problems.append("\(person.id): ends before it starts") }
                if !["GOV", "MIL", "SPY", "IGO", "COP", "OPP", "LEG"].contains(t.sector) { problems.append("\(person.id): sector \(t.sector)") }
            }
            if person.gender != "M" && person.gender != "F" { problems.append("\(person.id): gender") }
        }
        for p in problems { print("actor tables: \(p)") }
        #expect(problems.isEmpty)
    }

    @Test("heads of government do not overlap within a country")
    func noOverlappingPrimeMinisters() throws {
        let lexicon = try ActorResolver.shipped().lexicon
        for country in ["JPN", "GBR", "KOR", "ITA", "CAN", "AUS", "IND", "DEU", "FRA"] {
            let key = country == "DEU" ? "chancellor" : "prime minister"
            let list = (lexicon.holders["\(country)|\(key)"] ?? []).map { lexicon.people[$0.person].tenures[$0.tenure] }
                .sorted { $0.start < $1.start }
            for (a, b) in zip(list, list.dropFirst()) {
                #expect((a.end ?? b.start) <= b.start, "\(country): \(a.start) to \(String(describing: a.end)) overlaps \(b.start)")
            }
        }
    }

    @Test("organizations and countries refer to known codes")
    func codes() throws {
        let lexicon = try ActorResolver.shipped().lexicon
        let countries = Set(lexicon.countries.map(\.iso3) + ["IGO", "NGO"])
        for o in lexicon.organizations {
            if let c = o.country { #expect(countries.contains(c), "\(o.name): \(c)") }
            #expect(!o.sector.isEmpty, "\(o.name): no sector")
        }
        #expect(lexicon.countries.count == Set(lexicon.countries.map(\.iso3)).count)
        for required in ["PRK", "KOR", "JPN", "CHN", "RUS", "MNG", "USA", "XKX", "TWN", "PSE", "SUN", "YUG", "CSK", "DDR", "MMR"] {
            #expect(countries.contains(required), "\(required) missing")
        }
    }

    @Test("roles map to CAMEO-style sectors")
    func roles() throws {
        let lexicon = try ActorResolver.shipped().lexicon
        let sectors: Set<String> = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY", "OPP", "REB", "MED", "BUS", "CVL", "NGO", "IGO"]
        // (`the country` and its variants stand for a country as a whole: no sector)
        for r in lexicon.roles { #expect(sectors.contains(r.sector) || (r.kind == "STATE" && r.sector == "-"), "\(r.role): \(r.sector)") }
        #expect(lexicon.roles.first { $0.role == "ambassador" }?.kind == "DIP")
    }

    @Test("a malformed row names its file and line")
    func malformed() {
        let table = ActorTable.parse("# comment\nname\tcountry\nonly-one-field\n", file: "places.tsv")
        #expect(table.rows.count == 1 && table.rows[0].line == 3)
        let error = table.malformed(3, "expected name, country, kind")
        #expect(error.message == "actors/places.tsv:3: expected name, country, kind")
    }
}
