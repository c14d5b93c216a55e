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
}
