/// Reading the shipped tables of `Resources/actors/` into an ``ActorLexicon``.
extension ActorLexicon {
    /// Loads countries, organizations, roles, people and places and compiles the dictionaries.
    static func load() throws -> ActorLexicon {
        let countries = try loadCountries()
        let organizations = try loadOrganizations()
        let (roles, forms) = try loadRoles()
        let people = try loadPeople()
        return ActorLexicon(countries: countries, organizations: organizations, roles: roles,
                            roleForms: forms, people: people, places: try PlaceGazetteer.shipped())
    }

    static func loadCountries() throws -> [CountryEntry] {
        let table = try ActorTable.load("countries")
        return try table.rows.map { line, f in
            let iso3 = table.field(f, 0)
            guard iso3.count == 3, f.count >= 9 else { throw table.malformed(line, "expected 10 fields with an ISO3 code") }
            return CountryEntry(
                iso3: iso3, name: table.field(f, 2), kind: table.field(f, 3),
                names: table.list(f, 4).filter { !$0.utf8.contains(0x2C) }, adjectives: table.list(f, 5),
                demonyms: table.list(f, 6), capitals: table.list(f, 7), seats: table.list(f, 8),
                ambiguity: table.field(f, 9),
                until: table.field(f, 10).isEmpty ? nil : CalendarDay(iso: table.field(f, 10)))
        }
    }

    /// Organizations with their variants.
    static func loadOrganizations() throws -> [OrganizationEntry] {
        let table = try ActorTable.load("organizations")
        var result: [OrganizationEntry] = []
        for (line, f) in table.rows {
            let name = table.field(f, 0)
            guard !name.isEmpty, f.count >= 6 else { throw table.malformed(line, "expected 6 fields") }
            let country = table.field(f, 3)
            var entry = OrganizationEntry(
                name: name, variants: table.list(f, 1), code: table.field(f, 2),
                country: country == "-" || country.isEmpty ? nil : country,
                sector: table.field(f, 4), kind: table.field(f, 5))
            // An optional seventh field, `SECTOR@YYYY-MM-DD`: the sector held since that day.
            let change = f.count >= 7 ? table.field(f, 6) : ""
            if !change.isEmpty {
                let parts = change.split(separator: "@")
                guard parts.count == 2, let since = CalendarDay(iso: String(parts[1])) else {
                    throw table.malformed(line, "expected SECTOR@YYYY-MM-DD in field 7, found \(change)")
                }
                entry.later = OrganizationEntry.SectorChange(since: since, sector: String(parts[0]))
            }
            result.append(entry)
        }
        return result
    }

    /// Roles and their written forms (singular and plural).
    static func loadRoles() throws -> ([RoleEntry], [(form: String, role: Int, plural: Bool)]) {
        let table = try ActorTable.load("roles")
        var roles: [RoleEntry] = []
        var forms: [(String, Int, Bool)] = []
        for (line, f) in table.rows {
            let role = table.field(f, 0)
            guard !role.isEmpty, f.count >= 7 else { throw table.malformed(line, "expected 7 fields") }
            let index = roles.count
            roles.append(RoleEntry(
                role: role, sector: table.field(f, 3), kind: table.field(f, 4),
                isPerson: table.field(f, 5) == "person", holderKeys: table.list(f, 6)))
            let singulars = [role] + table.list(f, 1)
            for s in singulars { forms.append((s, index, false)) }
            let pluralField = table.field(f, 2)
            if pluralField.isEmpty {
                for s in singulars { forms.append((s + "s", index, true)) }
            } else if pluralField != "-" {
                for p in table.list(f, 2) { forms.append((p, index, true)) }
            }
        }
        return (roles, forms)
    }

    /// People, one entry per id with all its tenures; hyphenated names also match with a
    /// space or a capital after the hyphen (`Kim Jong-un`, `Kim Jong Un`, `Kim Jong-Un`).
    static func loadPeople() throws -> [PersonEntry] {
        let table = try ActorTable.load("people")
        var order: [String] = []
        var byID: [String: PersonEntry] = [:]
        for (line, f) in table.rows {
            let id = table.field(f, 0)
            guard !id.isEmpty, f.count >= 9 else { throw table.malformed(line, "expected 10 fields") }
            guard let start = CalendarDay(iso: table.field(f, 8)) else {
                throw table.malformed(line, "bad start date '\(table.field(f, 8))'")
            }
            let endText = table.field(f, 9)
            let end = endText.isEmpty ? nil : CalendarDay(iso: endText)
            if !endText.isEmpty && end == nil { throw table.malformed(line, "bad end date '\(endText)'") }
            let tenure = Tenure(
                country: table.field(f, 4), sector: table.field(f, 5), role: table.field(f, 6),
                kinds: table.list(f, 7).flatMap { $0.split(separator: ",").map(String.init) },
                start: start, end: end)
            if byID[id] == nil {
                order.append(id)
                let name = table.field(f, 1)
                var variants: [String] = []
                for v in [name] + table.list(f, 2) {
                    for form in hyphenForms(v) where form != name && !variants.contains(form) { variants.append(form) }
                }
                // (Japan's government writes its officials family name first, "Kamikawa Yoko", as
                // does much of the English press since 2019: a Japanese name of two words matches
                // in either order)
                let words = name.split(separator: " ")
                if table.field(f, 4) == "JPN", words.count == 2, case let reversed = String(words[1] + " " + words[0]), !variants.contains(reversed) {
                    variants.append(reversed)
                }
                let g = table.field(f, 3)
                byID[id] = PersonEntry(id: id, name: name, variants: variants,
                                       gender: g.isEmpty ? nil : g.first, tenures: [])
            }
            byID[id]?.tenures.append(tenure)
        }
        return order.compactMap { byID[$0] }
    }

    /// `Kim Jong-un` → `Kim Jong-un`, `Kim Jong Un`, `Kim Jong-Un`.
    static func hyphenForms(_ name: String) -> [String] {
        guard name.utf8.contains(0x2D) else { return [name] }  // `-`, without Foundation's search
        func capitalizedAfterHyphen(_ s: String, separator: String) -> String {
            s.split(separator: " ").map { word -> String in
                let parts = word.split(separator: "-")
                guard parts.count > 1 else { return String(word) }
                return ([String(parts[0])] + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() })
                    .joined(separator: separator)
            }.joined(separator: " ")
        }
        var forms = [name, capitalizedAfterHyphen(name, separator: " "), capitalizedAfterHyphen(name, separator: "-")]
        // Western double names keep their hyphen (`Jean-Yves`); a spaced form does no harm.
        forms = forms.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        return forms
    }
}
