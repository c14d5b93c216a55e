import Testing
@testable import ChronicleCore

@Suite("Place gazetteer")
struct PlaceGazetteerTests {
    @Test("places of diplomacy, cities, seas and stop words")
    func lookups() throws {
        let places = try PlaceGazetteer.shipped()
        #expect(places.places.count >= 2000)
        #expect(places.lookup("Panmunjom")?.country == "PRK")
        #expect(places.place(named: "Panmunjom")?.alsoIn == ["KOR"])
        #expect(places.lookup("Truce Village")?.name == "Panmunjom")
        #expect(places.lookup("Hanoi")?.country == "VNM")
        #expect(places.lookup("Singapore")?.country == "SGP")
        #expect(places.lookup("Vladivostok")?.country == "RUS")
        #expect(places.lookup("Ulan Bator")?.name == "Ulaanbaatar")
        #expect(places.lookup("Camp David")?.country == "USA")
        #expect(places.lookup("Mar-a-Lago")?.country == "USA")
        #expect(places.lookup("Yongbyon")?.country == "PRK")
        #expect(places.lookup("Punggye-ri")?.country == "PRK")
        #expect(places.lookup("Sea of Japan")?.name == "Sea of Japan")
        #expect(places.lookup("East Sea")?.country == nil)
        #expect(places.lookup("Osaka")?.country == "JPN")
        #expect(places.lookup("Busan")?.country == "KOR")
        #expect(places.lookup("Nice") == nil)
        #expect(places.place(named: "Nice")?.isStopWord == true)
        #expect(places.lookup("Atlantis") == nil)
    }

    @Test("towns of 50,000 people or more whose name is no word or person's name", arguments: [
        ("Kherson", "UKR"), ("Bakhmut", "UKR"), ("Irpin", "UKR"), ("Idlib", "SYR"), ("Manbij", "SYR"),
        ("Qamishli", "SYR"), ("Raqqa", "SYR"), ("Khan Younis", "PSE"), ("Hodeidah", "YEM"), ("Sukhumi", "GEO"),
        ("Herat", "AFG"), ("Kandahar", "AFG"), ("Odessa", "UKR"), ("Tyre", "LBN"), ("Balakot", "PAK"),
        ("Jenin", "PSE"), ("Montréal", "CAN"), ("Montreal", "CAN"),
    ])
    func towns(name: String, country: String) throws {
        #expect(try PlaceGazetteer.shipped().lookup(name)?.country == country)
    }

    @Test("regions of wars and disputes: a country where one is recognized, none where the land is contested", arguments: [
        ("Nakhchivan", "AZE"), ("Nakhichevan", "AZE"), ("Abkhazia", "GEO"), ("Transnistria", "MDA"), ("Darfur", "SDN"),
        ("Mitrovica", "XKX"), ("Nagorno-Karabakh", nil), ("Karabakh", nil), ("Spratly Islands", nil), ("Second Thomas Shoal", nil),
    ] as [(String, String?)])
    func contestedRegions(name: String, country: String?) throws {
        let place = try PlaceGazetteer.shipped().lookup(name)
        #expect(place != nil)
        #expect(place?.country == country)
    }

    @Test("small towns whose name is a word, a given name, a surname or an actor are left out", arguments: [
        "Bender", "Date", "Most", "Colon", "Nancy", "Metz", "Bolton", "Rubio", "Castro", "Lawrence",
        "Jupiter", "Trinidad", "Mozambique", "Acre", "Busia",
    ])
    func guardedTowns(name: String) throws {
        #expect(try PlaceGazetteer.shipped().place(named: name) == nil)
    }

    @Test("cities of 150,000 or more keep their rows and flags")
    func largeCities() throws {
        let places = try PlaceGazetteer.shipped()
        #expect(places.places.count >= 10_000)
        #expect(places.place(named: "Reading")?.isStopWord == true)
        #expect(places.lookup("San José")?.country == "CRI")
        #expect(places.lookup("San Jose")?.country == "USA")
        #expect(places.place(named: "Donetsk")?.alsoIn == ["RUS"])
    }
}
