/// What the resolver remembers while it reads one document: the people learned from
/// appositions and titles, and the actors in focus for pronouns and role nouns.
///
/// A person is known by full name and by surname (the first token of Korean, Chinese and
/// Taiwanese names, the last one otherwise), so `Kitamura` and `Mr. Kim` find the person named
/// before. Focus is a simple stack: a pronoun takes the most recent compatible actor.
///
/// A class owned by one ``ResolutionPass``: asking it something must not copy the speakers
/// and stacks it holds.
final class DocumentFocus {
    /// A person met in the document.
    struct Person {
        var name: String
        var id: String
        var country: String?
        var sector: String?
        var role: String?
        var roleKind: String?
        var gender: Character?
        var learned: Bool
    }

    /// An actor in focus.
    struct Item {
        var mention: ActorMention
        var isPerson: Bool
        var isPlural: Bool
        var gender: Character?
        /// The mention opens its sentence, so it is likely the subject.
        var isSubject = false
        /// The mention names where something happened ("in Lima, Peru"): no antecedent of a
        /// pronoun.
        var isPlace = false
    }

    /// The author of a statement, from its byline (`Antony J. Blinken, Secretary of State`).
    @exclusivity(unchecked) var documentSpeaker: Item?
    /// The speaker of the current turn of a transcript (`THE PRESIDENT:`, `Chairman Kim.`).
    @exclusivity(unchecked) var turnSpeaker: Item?
    /// The country the publisher speaks for: `we` in a statement without a named author.
    @exclusivity(unchecked) var home: String?
    /// Who `we` declared itself to be ("We, the Foreign Ministers of the Member States of
    /// ASEAN, …"): `we` outside quotations from then on.
    @exclusivity(unchecked) var declaredWe: Item?
    /// The actor an unattributed `we` was first read as, when nothing named the speaker: the
    /// author's side of an op-ed stays the same while other countries come into focus.
    @exclusivity(unchecked) private var settledWe: Item?
    /// The country of the dateline's town (`MANILA, June 18 -`): where a wire story is told from.
    @exclusivity(unchecked) var dateline: String?
    /// The person a quotation was last attributed to before it opened (`Secretary Clinton
    /// said:` followed by the quotation): `I` and `we` inside the quotation.
    @exclusivity(unchecked) var quoteSpeaker: Item?

    @exclusivity(unchecked) private(set) var people: [Person] = []
    /// The surname of each person and the country it was found for (a person's country may
    /// become known later, and decides which word is the surname).
    @exclusivity(unchecked) private var surnames: [(surname: UInt64?, country: String?)] = []
    /// People by the ``PhraseHash`` of their full name and of their surname.
    @exclusivity(unchecked) private var byName = HashTable64<Int32>(filtered: false)
    @exclusivity(unchecked) private var bySurname = HashTable64<Int32>(filtered: false)
    /// Learned people by given name: a statement calls a detainee it names "Evan".
    @exclusivity(unchecked) private var byGivenName = HashTable64<Int32>(filtered: false)
    @exclusivity(unchecked) private(set) var items: [Item] = []
    /// The most recent country named or implied in the document.
    @exclusivity(unchecked) private(set) var lastCountry: String?

    static let familyNameFirst: Set<String> = ["KOR", "PRK", "CHN", "TWN", "HKG", "MAC"]

    /// The surname of `name` for people of `country`.
    static func surname(of name: String, country: String?) -> String? {
        let parts = name.split(separator: " ")
        guard parts.count >= 2 else { return nil }
        if let country, familyNameFirst.contains(country) || (country == "SGP" && parts.count == 3) {
            return String(parts[0])
        }
        // "Faisal bin Farhan" is "Prince Faisal": a patronymic name is known by its given name.
        if parts.count >= 3, patronymics.contains(String(parts[1])) { return String(parts[0]) }
        // ("Lloyd J. Austin III" is Austin; "Charles III" has no surname)
        if generations.contains(String(parts[parts.count - 1])) {
            return parts.count >= 3 ? String(parts[parts.count - 2]) : nil
        }
        return String(parts[parts.count - 1])
    }

    /// Words after a surname that tell a generation or a reign ("Jr.", "III"): never a surname.
    static let generations: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"]
    private static let generationKeys: Set<UInt64> = Set(generations.map { key($0) })

    /// The words between a given name and a father's name ("bin", "ibn"): such a name is known by
    /// its first word.
    static let patronymics: Set<String> = ["bin", "bint", "ibn", "ben"]
    private static let patronymicKeys: Set<UInt64> = Set(patronymics.map { key($0) })

    /// The ``key(_:)`` of the word after the space at `from` in `bytes`, if any.
    private static func secondWord(_ bytes: UnsafeBufferPointer<UInt8>, after from: Int) -> UInt64? {
        var i = from
        while i < bytes.count && bytes[i] == 0x20 { i += 1 }
        let start = i
        while i < bytes.count && bytes[i] != 0x20 { i += 1 }
        return i > start ? PhraseHash.token(UnsafeBufferPointer(rebasing: bytes[start..<i]), lowered: false) : nil
    }

    /// The key of a name in the focus: the ``PhraseHash`` of its text, which for a one-token
    /// name is the token's ``ActorToken/exactHash``.
    static func key(_ name: some StringProtocol) -> UInt64 {
        name.utf8.withContiguousStorageIfAvailable { PhraseHash.token($0, lowered: false) }
            ?? PhraseHash.token(name.utf8, lowered: false)
    }

    /// ``key(_:)`` of ``surname(of:country:)``, found without building strings.
    static func surnameKey(of name: String, country: String?) -> UInt64? {
        name.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            // The words are the runs of bytes between spaces.
            var first: Range<Int>?
            var last = 0..<0
            var beforeLast = 0..<0
            var words = 0
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x20 { i += 1; continue }
                let start = i
                while i < bytes.count && bytes[i] != 0x20 { i += 1 }
                words += 1
                if first == nil { first = start..<i }
                beforeLast = last
                last = start..<i
            }
            guard words >= 2, let first else { return nil }
            var familyFirst = country.map { familyNameFirst.contains($0) || ($0 == "SGP" && words == 3) } ?? false
            if words >= 3, let second = secondWord(bytes, after: first.upperBound), patronymicKeys.contains(second) { familyFirst = true }
            var word = familyFirst ? first : last
            if !familyFirst, generationKeys.contains(PhraseHash.token(UnsafeBufferPointer(rebasing: bytes[last]), lowered: false)) {
                guard words >= 3 else { return nil }
                word = beforeLast
            }
            return PhraseHash.token(UnsafeBufferPointer(rebasing: bytes[word]), lowered: false)
        } ?? surname(of: name, country: country).map(key)
    }

    /// The surname key of person `i`, found again only when the person's country changed.
    private func surnameKey(_ i: Int) -> UInt64? {
        let p = people[i]
        if i < surnames.count, surnames[i].country == p.country { return surnames[i].surname }
        let key = Self.surnameKey(of: p.name, country: p.country)
        if i < surnames.count { surnames[i] = (key, p.country) } else { surnames.append((key, p.country)) }
        return key
    }

    /// Records a person (learned or from the dictionary); later records of the same name
    /// update the attributes they know.
    func remember(_ person: Person) {
        let nameKey = Self.key(person.name)
        if let i = byName.find(nameKey).map(Int.init) {
            var p = people[i]
            p.country = p.country ?? person.country
            p.sector = p.sector ?? person.sector
            p.role = p.role ?? person.role
            p.roleKind = p.roleKind ?? person.roleKind
            p.gender = p.gender ?? person.gender
            people[i] = p
            if let s = surnameKey(i) { Self.set(&bySurname, s, i) }
            return
        }
        people.append(person)
        let i = people.count - 1
        Self.set(&byName, nameKey, i)
        if let s = surnameKey(i) { Self.set(&bySurname, s, i) }
        if person.learned, let given = Self.givenName(of: person.name, country: person.country) {
            Self.set(&byGivenName, Self.key(given), i)
        }
    }

    /// The given name of a person whose name is written given name first ("Evan" of "Evan
    /// Gershkovich"), or nil (one word, a family name first, a patronymic name).
    static func givenName(of name: String, country: String?) -> Substring? {
        let parts = name.split(separator: " ")
        guard parts.count >= 2, let country, !familyNameFirst.contains(country), country != "SGP",
              !(parts.count >= 3 && patronymics.contains(String(parts[1]))),
              let first = parts.first, first.count >= 3, first.last != "." else { return nil }
        return first
    }

    /// The person with this full name or surname, if met.
    func person(named name: String) -> Person? {
        person(key: Self.key(name))
    }

    /// The person whose full name or surname has the key ``key(_:)``, if met.
    func person(key: UInt64) -> Person? {
        if let i = byName.find(key) ?? bySurname.find(key) ?? byGivenName.find(key) { return people[Int(i)] }
        return nil
    }

    /// Stores (or replaces) the index of a person under a key.
    private static func set(_ table: inout HashTable64<Int32>, _ key: UInt64, _ index: Int) {
        table.update(key, default: Int32(index)) { $0 = Int32(index) }
    }

    /// Makes room for `count` actors in focus.
    func reserveCapacity(_ count: Int) { items.reserveCapacity(count) }

    /// Puts a resolved mention in focus.
    func push(_ mention: ActorMention, isPerson: Bool, isPlural: Bool, gender: Character?, isSubject: Bool = false, isPlace: Bool = false) {
        items.append(Item(mention: mention, isPerson: isPerson, isPlural: isPlural, gender: gender, isSubject: isSubject, isPlace: isPlace))
        // (a place names where, not who: "met in Lima, Peru. The government said …" is not Peru's)
        if !isPlace, let c = mention.country, c != "IGO", c != "NGO" { lastCountry = c }
    }

    /// The country of the latest actor in focus of `sector` (`MIL`, `COP`), if any.
    func lastCountry(ofSector sector: String) -> String? {
        items.last { $0.mention.sector == sector && $0.mention.country.map { $0 != "IGO" && $0 != "NGO" } ?? false }?.mention.country
    }

    /// Notes a country named in the text without making it an actor in focus.
    func noteCountry(_ iso3: String) { lastCountry = iso3 }

    /// The most recent person compatible with `gender` (nil accepts anyone). For an object
    /// pronoun (`him`), the most recent person of the same sentence is skipped when someone
    /// else is in focus: "Kitamura met him" is not Kitamura meeting himself. `clauseSubject`
    /// names the person right before the pronoun's verb, who is the one skipped.
    func lastPerson(gender: Character?, notSubjectBefore: Int? = nil, sentenceStart: Int = 0, infinitive: Bool = false,
                    clauseSubject: String? = nil) -> Item? {
        let compatible = items.lazy.filter { item in
            item.isPerson && (gender == nil || item.gender == nil || item.gender == gender)
        }
        guard let last = compatible.last else { return nil }
        if notSubjectBefore != nil, last.mention.start >= sentenceStart {
            // `him` is not the subject of its own clause: after an infinitive ("invited Ri to
            // meet him") that is the person just named; after a finite verb ("Trump spoke with
            // Xi and asked him to …", "Suh Hoon met him") the person who opened the sentence.
            // ("the Japanese officials met So Tae Ha … and pressed him": a group opened the
            // sentence, so its person is the one met)
            // (the sentence's items only: the focus holds the whole document)
            let sentence = items.reversed().prefix { $0.mention.start >= sentenceStart }
            let groupSubject = !sentence.contains { $0.isPerson && $0.isSubject } && sentence.contains { !$0.isPerson && $0.isSubject }
            if groupSubject && !infinitive && clauseSubject == nil { return last }
            // (a person right before the verb is its subject: "Moon sent Lee to Beijing, and Xi
            // received him" is Lee received by Xi)
            let named = clauseSubject.flatMap { name in compatible.last { $0.mention.name == name && $0.mention.start >= sentenceStart } }
            let subject = infinitive ? last : named ?? compatible.first { $0.mention.start >= sentenceStart }
            if let other = compatible.last(where: { $0.mention.name != subject?.mention.name }) { return other }
        }
        return last
    }

    /// The last person of `gender` (or unknown gender) who opened a clause as its subject in
    /// the sentence that starts at offset `since`.
    func lastSubjectPerson(gender: Character, since: Int) -> Item? {
        items.last { $0.isPerson && $0.isSubject && $0.mention.start >= since && ($0.gender == nil || $0.gender == gender) }
    }

    /// The most recent person whose role is exactly `role` ("the Vice President" is Harris, not
    /// the president named after her), other than the person who is the subject named at or
    /// after offset `subjectSince` (the sentence's own: "President Erdogan thanked the President"
    /// is two presidents).
    func lastPerson(exactRole role: String, subjectSince: Int = .max) -> Item? {
        let subject = sentenceSubject(since: subjectSince)
        return items.last { $0.isPerson && $0.mention.role == role && !isSame($0, subject) }
    }

    /// The person who opened a clause as its subject at or after offset `since`.
    private func sentenceSubject(since: Int) -> Item? {
        guard since != .max else { return nil }
        return items.last { $0.isPerson && $0.isSubject && $0.mention.start >= since }
    }

    /// Whether an item names the same person as `other` (the same mention, or the same
    /// person of the lexicon).
    private func isSame(_ item: Item, _ other: Item?) -> Bool {
        guard let other else { return false }
        if let id = other.mention.personID { return item.mention.personID == id }
        return item.mention.start == other.mention.start
    }

    /// The most recent person whose role shares `roleWord` (`minister` finds a foreign
    /// minister) or whose role kind is `kind`, other than the person who is the subject named at
    /// or after offset `subjectSince`.
    func lastPerson(withRole roleWord: String, kind: String, subjectSince: Int = .max) -> Item? {
        let subject = sentenceSubject(since: subjectSince)
        return items.last { item in
            guard item.isPerson, let role = item.mention.role, !isSame(item, subject) else { return false }
            return role.contains(roleWord) || (item.mention.roleKind == kind && kind != "OFF")
        }
    }

    /// The country of the last two different people whose role or mention holds `roleWord`
    /// ("General Burhan", "General Dagalo" for `the generals`), when it is one and the same.
    func sharedCountry(ofLastTwoWithRole roleWord: String) -> String? {
        var found: [Item] = []
        // (a whole word: "UN secretary-general" is no general)
        let titled = { (text: String) in text.lowercased().split { $0 == " " }.contains { $0 == roleWord } }
        for item in items.reversed() where item.isPerson {
            guard item.mention.role.map(titled) ?? false || titled(item.mention.text) else { continue }
            if found.contains(where: { $0.mention.name == item.mention.name && item.mention.name != nil }) { continue }
            found.append(item)
            if found.count == 2 { break }
        }
        guard found.count == 2, let c = found[0].mention.country, found[1].mention.country == c else { return nil }
        return c
    }

    /// The most recent body whose mention holds `word` (`the ministry` after "China's commerce
    /// ministry", `the council` after "the Security Council").
    func lastGroup(named word: String) -> Item? {
        items.last { item in
            !item.isPerson && !item.mention.isMedia && item.mention.country != nil
                && item.mention.text.range(of: word, options: .caseInsensitive) != nil
        }
    }

    /// The last group (not a person, not a medium) that was a subject and was named at or after
    /// offset `since`: what "…, saying it acted …" refers back to.
    func lastSubjectGroup(since: Int) -> Item? {
        items.last { !$0.isPerson && $0.isSubject && !$0.mention.isMedia && $0.mention.start >= since }
    }

    /// The last plural subject (a group or people named by a plural role) named at or after
    /// offset `since` that has a country.
    func lastPluralSubject(since: Int) -> Item? {
        items.last { $0.isPlural && $0.isSubject && !$0.mention.isMedia && $0.mention.country != nil && $0.mention.start >= since }
    }

    /// The last group named in the plural ("three American citizens") at or after offset
    /// `since`: what `them` in the same sentence refers to before any country named later
    /// ("Citizens held in North Korea arrived …, where Trump met them").
    func lastPluralGroup(since: Int) -> Item? {
        items.last { !$0.isPerson && $0.isPlural && !$0.mention.isMedia && $0.mention.start >= since }
    }

    /// The most recent group that is not a news medium: for `they` any group (a country is
    /// "they" as often as "it"), for `its` only a singular one (a country, an organization).
    func lastGroup(plural: Bool) -> Item? {
        items.last { item in
            !item.isPerson && !item.mention.isMedia && !item.isPlace && (plural || !item.isPlural)
        }
    }

    /// The government of the publisher's country `home`, as the speaker of its text.
    func homeGovernment(_ home: String) -> Item {
        let m = ActorMention(text: "", start: 0, end: 0, country: home, sector: "GOV", code: home + "GOV", how: .pronoun)
        return Item(mention: m, isPerson: false, isPlural: true, gender: nil)
    }

    /// Who `I` or `we` is: the speaker of the current turn; outside quotations, who `we`
    /// declared itself to be; inside a quotation, the person it was attributed to before it
    /// opened, else the person last in focus; otherwise the author of the statement or the
    /// publisher's country; failing that, the last actor that opened a sentence, the same one
    /// for every later unattributed `we`.
    func firstPerson(inQuote: Bool, singular: Bool) -> Item? {
        if let turnSpeaker {
            // (a briefer the tables do not know speaks for the publisher's government: "MS.
            // HARF: … we ordered the departure of …" in a State Department transcript)
            guard turnSpeaker.mention.country == nil, !inQuote, let home else { return turnSpeaker }
            return homeGovernment(home)
        }
        if !inQuote, !singular, let declaredWe { return declaredWe }
        if inQuote, let quoteSpeaker { return quoteSpeaker }
        if inQuote, let person = items.last(where: { $0.isPerson && $0.mention.country != nil }) { return person }
        // (a speaker of no known country says nothing of whose "we" it is: "Statement by NSC
        // Spokesperson Adrienne Watson … We are consulting closely with …")
        if let documentSpeaker, documentSpeaker.mention.country != nil || singular { return documentSpeaker }
        if singular { return nil }
        if !inQuote, let home { return homeGovernment(home) }
        if !inQuote, let settledWe { return settledWe }
        let found = items.last { $0.isSubject && !$0.mention.isMedia && $0.mention.country != nil && !$0.isPlural }
        if !inQuote { settledWe = found }
        return found
    }
}
