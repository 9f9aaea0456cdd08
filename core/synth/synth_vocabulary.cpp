#include "synth/synth_vocabulary.h"

namespace kestrel::core {
namespace {

constexpr std::string_view kFirstNames[] = {
    "Alex",   "Anna",     "Maria", "Ivan",   "Olga",   "Dmitry", "Elena",  "Sergey", "Natalia", "Pavel",
    "John",   "Emma",     "Liam",  "Olivia", "Noah",   "Ava",    "James",  "Sophia", "Lucas",   "Mia",
    "Ethan",  "Isabella", "Mateo", "Lena",   "Jonas",  "Clara",  "Felix",  "Hannah", "Louis",   "Chloe",
    "Hugo",   "Lea",      "Marco", "Giulia", "Pablo",  "Lucia",  "Jan",    "Zofia",  "Arjun",   "Priya",
    "Yuki",   "Kenji",    "Aisha", "Omar",   "Daniel", "Sara",   "Viktor", "Irina",  "Tomas",   "Eva",
    "Nikita", "Daria",    "Kevin", "Laura",  "Diego",  "Camila", "Ali",    "Fatima", "Leo",     "Nora"};

constexpr std::string_view kLastNames[] = {
    "Smith",    "Johnson",  "Brown",     "Garcia",   "Miller",    "Davis",   "Wilson",  "Taylor",   "Ivanov",
    "Petrov",   "Smirnov",  "Kuznetsov", "Popov",    "Sokolov",   "Volkov",  "Novak",   "Kowalski", "Nowak",
    "Mueller",  "Schmidt",  "Schneider", "Fischer",  "Weber",     "Martin",  "Bernard", "Dubois",   "Rossi",
    "Russo",    "Ferrari",  "Lopez",     "Martinez", "Gonzalez",  "Silva",   "Santos",  "Oliveira", "Jansen",
    "de Vries", "Patel",    "Sharma",    "Tanaka",   "Sato",      "Kim",     "Lee",     "Chen",     "Wang",
    "Nguyen",   "Khan",     "O'Brien",   "Murphy",   "Andersson", "Nielsen", "Horvat",  "Yilmaz",   "Demir",
    "Kaya",     "Novikova", "Morozova",  "Lebedev",  "Kozlov",    "Stepanov"};

constexpr std::string_view kDomains[] = {"example.com",      "mail.example", "inbox.test",
                                         "post.example.org", "webmail.test", "example.net"};

constexpr std::string_view kUsCities[] = {"New York", "Los Angeles", "Chicago", "Houston",
                                          "Seattle",  "Miami",       "Boston",  "Denver"};
constexpr std::string_view kGbCities[] = {"London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"};
constexpr std::string_view kDeCities[] = {"Berlin", "Hamburg", "Munich", "Cologne", "Frankfurt", "Leipzig"};
constexpr std::string_view kFrCities[] = {"Paris", "Lyon", "Marseille", "Toulouse", "Lille"};
constexpr std::string_view kRuCities[] = {"Moscow", "Saint Petersburg", "Novosibirsk", "Yekaterinburg", "Kazan",
                                          "Samara"};
constexpr std::string_view kKzCities[] = {"Almaty", "Astana", "Shymkent", "Karaganda"};
constexpr std::string_view kPlCities[] = {"Warsaw", "Krakow", "Wroclaw", "Gdansk", "Poznan"};
constexpr std::string_view kEsCities[] = {"Madrid", "Barcelona", "Valencia", "Seville"};
constexpr std::string_view kItCities[] = {"Rome", "Milan", "Naples", "Turin", "Bologna"};
constexpr std::string_view kNlCities[] = {"Amsterdam", "Rotterdam", "Utrecht", "The Hague"};
constexpr std::string_view kBrCities[] = {"Sao Paulo", "Rio de Janeiro", "Brasilia", "Salvador"};
constexpr std::string_view kCaCities[] = {"Toronto", "Montreal", "Vancouver", "Calgary"};
constexpr std::string_view kInCities[] = {"Mumbai", "Delhi", "Bengaluru", "Chennai", "Pune"};
constexpr std::string_view kTrCities[] = {"Istanbul", "Ankara", "Izmir"};
constexpr std::string_view kAeCities[] = {"Dubai", "Abu Dhabi"};

constexpr SynthVocabulary::Country kCountries[] = {
    {"US", 20, kUsCities}, {"RU", 14, kRuCities}, {"DE", 9, kDeCities}, {"GB", 8, kGbCities}, {"FR", 6, kFrCities},
    {"KZ", 4, kKzCities},  {"PL", 5, kPlCities},  {"ES", 5, kEsCities}, {"IT", 5, kItCities}, {"NL", 3, kNlCities},
    {"BR", 6, kBrCities},  {"CA", 4, kCaCities},  {"IN", 6, kInCities}, {"TR", 3, kTrCities}, {"AE", 2, kAeCities}};

constexpr std::string_view kElectronicsNouns[] = {"Headphones", "Charger",    "Speaker", "Smartwatch", "Keyboard",
                                                  "Mouse",      "Power Bank", "Webcam",  "Monitor",    "Tablet"};
constexpr std::string_view kElectronicsBrands[] = {"Voltra", "Nexon", "Auralis", "Pixelon", "Kinetix"};
constexpr std::string_view kApparelNouns[] = {"T-Shirt", "Hoodie", "Jacket", "Sneakers", "Jeans",
                                              "Cap",     "Scarf",  "Dress",  "Socks"};
constexpr std::string_view kApparelBrands[] = {"Northway", "Urbanline", "Tessa", "Monarch", "Fieldcraft"};
constexpr std::string_view kHomeNouns[] = {"Lamp", "Pillow",     "Blanket", "Mug Set",  "Cutting Board",
                                           "Vase", "Frying Pan", "Kettle",  "Towel Set"};
constexpr std::string_view kHomeBrands[] = {"Hearth", "Casa Nova", "Linden", "Oakroom"};
constexpr std::string_view kBeautyNouns[] = {"Face Cream", "Shampoo", "Perfume", "Lip Balm", "Serum", "Hair Dryer"};
constexpr std::string_view kBeautyBrands[] = {"Lumiere", "Velvetine", "Purea", "Solenne"};
constexpr std::string_view kSportsNouns[] = {"Yoga Mat", "Dumbbells", "Water Bottle", "Running Belt",
                                             "Tent",     "Backpack",  "Bike Light"};
constexpr std::string_view kSportsBrands[] = {"Peakform", "Trailhead", "Stridex", "Apexa"};
constexpr std::string_view kBooksNouns[] = {"Novel", "Cookbook", "Guide", "Atlas", "Notebook", "Planner"};
constexpr std::string_view kBooksBrands[] = {"Inkwell Press", "Paperlane", "Quillhouse"};
constexpr std::string_view kToysNouns[] = {"Puzzle", "Board Game", "Building Set", "Plush Bear", "RC Car"};
constexpr std::string_view kToysBrands[] = {"Playmora", "Tinkerly", "Bricktown"};
constexpr std::string_view kGroceryNouns[] = {"Coffee Beans", "Green Tea", "Chocolate Box",
                                              "Olive Oil",    "Honey Jar", "Granola"};
constexpr std::string_view kGroceryBrands[] = {"Goldfield", "Roastery 9", "Mielle"};

constexpr std::string_view kElectronicsTags[] = {"wireless", "bluetooth",        "portable",
                                                 "usb-c",    "noise-cancelling", "fast-charging"};
constexpr std::string_view kApparelTags[] = {"cotton", "waterproof", "slim-fit", "unisex", "winter", "kids"};
constexpr std::string_view kHomeTags[] = {"ceramic", "wooden", "dishwasher-safe", "handmade", "minimalist", "gift"};
constexpr std::string_view kBeautyTags[] = {"vegan",          "organic",     "fragrance-free",
                                            "sensitive-skin", "travel-size", "gift"};
constexpr std::string_view kSportsTags[] = {"outdoor", "lightweight", "waterproof", "beginner", "pro", "reflective"};
constexpr std::string_view kBooksTags[] = {"bestseller", "hardcover", "illustrated", "kids", "classic", "gift"};
constexpr std::string_view kToysTags[] = {"educational", "wooden", "kids", "outdoor", "collectible", "gift"};
constexpr std::string_view kGroceryTags[] = {"organic", "fair-trade", "vegan", "gluten-free", "gift", "bulk"};

constexpr SynthVocabulary::Category kCategories[] = {
    {"electronics", 60, kElectronicsNouns, kElectronicsBrands, kElectronicsTags},
    {"apparel", 35, kApparelNouns, kApparelBrands, kApparelTags},
    {"home", 28, kHomeNouns, kHomeBrands, kHomeTags},
    {"beauty", 18, kBeautyNouns, kBeautyBrands, kBeautyTags},
    {"sports", 32, kSportsNouns, kSportsBrands, kSportsTags},
    {"books", 14, kBooksNouns, kBooksBrands, kBooksTags},
    {"toys", 22, kToysNouns, kToysBrands, kToysTags},
    {"grocery", 9, kGroceryNouns, kGroceryBrands, kGroceryTags}};

constexpr std::string_view kAdjectives[] = {"Classic",   "Pro",     "Mini",    "Ultra",  "Eco",
                                            "Smart",     "Deluxe",  "Lite",    "Max",    "Urban",
                                            "Essential", "Premium", "Compact", "Travel", "Studio"};

constexpr std::string_view kBotCommands[] = {"/start",  "/catalog", "/search", "/cart",
                                             "/orders", "/promo",   "/help",   "/track"};

} // namespace

std::span<const std::string_view> SynthVocabulary::firstNames()
{
    return kFirstNames;
}
std::span<const std::string_view> SynthVocabulary::lastNames()
{
    return kLastNames;
}
std::span<const std::string_view> SynthVocabulary::emailDomains()
{
    return kDomains;
}
std::span<const SynthVocabulary::Country> SynthVocabulary::countries()
{
    return kCountries;
}
std::span<const SynthVocabulary::Category> SynthVocabulary::categories()
{
    return kCategories;
}
std::span<const std::string_view> SynthVocabulary::adjectives()
{
    return kAdjectives;
}
std::span<const std::string_view> SynthVocabulary::botCommands()
{
    return kBotCommands;
}

} // namespace kestrel::core
