/**
 * Known news outlets and platforms: canonical name, other written names, web hosts.
 * Used to name an article's outlet from its URL, and to recognise outlets and platforms in text.
 */
import { OrganizationType } from './model';

export interface KnownOutlet {
  /** The canonical name, as the graph stores it. */
  name: string;
  /** Other ways the text writes it (case-sensitive, as written). */
  aliases: string[];
  /** Web hosts, without `www.`; subdomains match too. */
  hosts: string[];
  type: Extract<OrganizationType, 'outlet' | 'platform'>;
}

const outlet = (name: string, hosts: string[], aliases: string[] = []): KnownOutlet => ({
  name,
  aliases,
  hosts,
  type: 'outlet',
});
const platform = (name: string, hosts: string[], aliases: string[] = []): KnownOutlet => ({
  name,
  aliases,
  hosts,
  type: 'platform',
});

export const OUTLETS: KnownOutlet[] = [
  // US newspapers and wires
  outlet('The New York Times', ['nytimes.com'], ['New York Times', 'NYT', 'N.Y. Times', 'NY Times']),
  outlet('The Washington Post', ['washingtonpost.com'], ['Washington Post', 'WaPo']),
  outlet('Los Angeles Times', ['latimes.com'], ['LA Times', 'L.A. Times']),
  outlet('The Wall Street Journal', ['wsj.com'], ['Wall Street Journal', 'WSJ']),
  outlet('USA Today', ['usatoday.com'], ['USA TODAY']),
  outlet('Associated Press', ['apnews.com', 'ap.org'], ['The Associated Press', 'AP']),
  outlet('Reuters', ['reuters.com']),
  outlet('Agence France-Presse', ['afp.com'], ['AFP']),
  outlet('Bloomberg', ['bloomberg.com'], ['Bloomberg News']),
  outlet('New York Post', ['nypost.com'], ['The New York Post']),
  outlet('New York Daily News', ['nydailynews.com'], ['Daily News', 'The New York Daily News']),
  outlet('Chicago Tribune', ['chicagotribune.com'], ['The Chicago Tribune']),
  outlet('The Boston Globe', ['bostonglobe.com'], ['Boston Globe']),
  outlet('Miami Herald', ['miamiherald.com'], ['The Miami Herald']),
  outlet('San Francisco Chronicle', ['sfchronicle.com', 'sfgate.com'], ['The San Francisco Chronicle']),
  outlet('Houston Chronicle', ['houstonchronicle.com'], ['The Houston Chronicle']),
  outlet('The Dallas Morning News', ['dallasnews.com'], ['Dallas Morning News']),
  outlet('The Washington Times', ['washingtontimes.com'], ['Washington Times']),
  outlet('Newsday', ['newsday.com']),
  // US broadcast and cable
  outlet('CNN', ['cnn.com']),
  outlet('Fox News', ['foxnews.com'], ['Fox', 'Fox News Channel']),
  outlet('Fox Business', ['foxbusiness.com'], ['Fox Business Network']),
  outlet('MSNBC', ['msnbc.com']),
  outlet('NBC News', ['nbcnews.com'], ['NBC']),
  outlet('ABC News', ['abcnews.go.com', 'abcnews.com'], ['ABC']),
  outlet('CBS News', ['cbsnews.com'], ['CBS']),
  outlet('CNBC', ['cnbc.com']),
  outlet('NPR', ['npr.org'], ['National Public Radio']),
  outlet('PBS', ['pbs.org'], ['PBS NewsHour']),
  outlet('Today', ['today.com'], ['NBC’s Today', "NBC's Today", 'Today show']),
  outlet('Megyn Kelly Today', []),
  outlet('Good Morning America', [], ['GMA']),
  outlet('The View', []),
  outlet('60 Minutes', []),
  outlet('Meet the Press', []),
  outlet('Face the Nation', []),
  outlet('Sirius XM', ['siriusxm.com'], ['SiriusXM']),
  outlet('The Breakfast Club', []),
  outlet('Hot 97', ['hot97.com']),
  // US politics and digital news
  outlet('Politico', ['politico.com', 'politico.eu'], ['POLITICO']),
  outlet('The Hill', ['thehill.com']),
  outlet('Axios', ['axios.com']),
  outlet('HuffPost', ['huffpost.com', 'huffingtonpost.com', 'huffingtonpost.co.uk'], [
    'Huffington Post',
    'The Huffington Post',
  ]),
  outlet('BuzzFeed News', ['buzzfeednews.com', 'buzzfeed.com'], ['BuzzFeed']),
  outlet('Breitbart News', ['breitbart.com'], ['Breitbart']),
  outlet('Western Journal', ['westernjournal.com', 'westernjournalism.com'], ['Western Journalism', 'The Western Journal']),
  outlet('The Daily Beast', ['thedailybeast.com'], ['Daily Beast']),
  outlet('Vox', ['vox.com']),
  outlet('Slate', ['slate.com']),
  outlet('Salon', ['salon.com']),
  outlet('Mother Jones', ['motherjones.com']),
  outlet('National Review', ['nationalreview.com']),
  outlet('The Intercept', ['theintercept.com']),
  outlet('ProPublica', ['propublica.org']),
  outlet('Yahoo News', ['news.yahoo.com'], ['Yahoo! News']),
  outlet('Business Insider', ['businessinsider.com', 'insider.com'], ['Insider']),
  outlet('Vice', ['vice.com'], ['Vice News', 'VICE']),
  outlet('The Atlantic', ['theatlantic.com']),
  outlet('The New Yorker', ['newyorker.com'], ['New Yorker']),
  outlet('Newsweek', ['newsweek.com']),
  outlet('Time', ['time.com'], ['TIME', 'Time magazine']),
  outlet('Forbes', ['forbes.com']),
  outlet('Fortune', ['fortune.com']),
  outlet('Wired', ['wired.com']),
  outlet('The Verge', ['theverge.com']),
  outlet('TechCrunch', ['techcrunch.com']),
  outlet('Jezebel', ['jezebel.com']),
  // Entertainment
  outlet('Deadline', ['deadline.com'], ['Deadline Hollywood']),
  outlet('E! News', ['eonline.com'], ['E! Online', 'E!']),
  outlet('The Hollywood Reporter', ['hollywoodreporter.com'], ['Hollywood Reporter', 'THR']),
  outlet('Variety', ['variety.com']),
  outlet('Billboard', ['billboard.com']),
  outlet('Rolling Stone', ['rollingstone.com']),
  outlet('Vanity Fair', ['vanityfair.com']),
  outlet('TMZ', ['tmz.com']),
  outlet('Page Six', ['pagesix.com']),
  outlet('People', ['people.com'], ['People magazine']),
  outlet('Us Weekly', ['usmagazine.com']),
  outlet('Entertainment Weekly', ['ew.com'], ['EW']),
  outlet('Entertainment Tonight', ['etonline.com'], ['ET']),
  outlet('Access Hollywood', ['accessonline.com', 'accesshollywood.com']),
  outlet('Vulture', ['vulture.com']),
  outlet('Pitchfork', ['pitchfork.com']),
  outlet('Elle', ['elle.com']),
  outlet('Vogue', ['vogue.com']),
  outlet('Glamour', ['glamour.com']),
  outlet('Cosmopolitan', ['cosmopolitan.com']),
  outlet('Esquire', ['esquire.com']),
  outlet('GQ', ['gq.com']),
  outlet('Playboy', ['playboy.com']),
  outlet('Complex', ['complex.com']),
  // UK and elsewhere
  outlet('BBC News', ['bbc.co.uk', 'bbc.com'], ['BBC']),
  outlet('BBC Radio 4', [], ['Radio 4']),
  outlet('BBC Radio 5 Live', [], ['Radio 5 Live']),
  outlet('Newsnight', []),
  outlet('The Guardian', ['theguardian.com', 'guardian.co.uk'], ['Guardian']),
  outlet('The Observer', [], ['Observer']),
  outlet('The Times', ['thetimes.co.uk']),
  outlet('The Telegraph', ['telegraph.co.uk'], ['Daily Telegraph', 'The Daily Telegraph']),
  outlet('The Independent', ['independent.co.uk'], ['Independent']),
  outlet('Daily Mail', ['dailymail.co.uk'], ['Mail Online', 'MailOnline', 'The Daily Mail']),
  outlet('The Sun', ['thesun.co.uk']),
  outlet('The Mirror', ['mirror.co.uk'], ['Daily Mirror']),
  outlet('Financial Times', ['ft.com'], ['FT', 'The Financial Times']),
  outlet('The Economist', ['economist.com']),
  outlet('Sky News', ['news.sky.com'], ['Sky']),
  outlet('ITV News', ['itv.com'], ['ITV']),
  outlet('Channel 4 News', ['channel4.com'], ['Channel 4']),
  outlet('Al Jazeera', ['aljazeera.com', 'aljazeera.net']),
  outlet('Der Spiegel', ['spiegel.de'], ['Spiegel']),
  outlet('Le Monde', ['lemonde.fr']),
  outlet('CBC News', ['cbc.ca'], ['CBC']),
  outlet('The Globe and Mail', ['theglobeandmail.com'], ['Globe and Mail']),
  outlet('ABC News (Australia)', ['abc.net.au']),
  outlet('The Sydney Morning Herald', ['smh.com.au'], ['Sydney Morning Herald']),
  // Platforms
  platform('Instagram', ['instagram.com'], ['Instagram Live', 'Instagram Story', 'Instagram story']),
  platform('Twitter', ['twitter.com', 'x.com'], ['X']),
  platform('Facebook', ['facebook.com', 'fb.com'], ['Facebook Live']),
  platform('YouTube', ['youtube.com', 'youtu.be']),
  platform('TikTok', ['tiktok.com']),
  platform('Snapchat', ['snapchat.com']),
  platform('Reddit', ['reddit.com']),
  platform('LinkedIn', ['linkedin.com']),
  platform('Medium', ['medium.com']),
  platform('Tumblr', ['tumblr.com']),
  platform('Truth Social', ['truthsocial.com']),
  platform('Threads', ['threads.net']),
  platform('Periscope', ['periscope.tv']),
  platform('Substack', ['substack.com']),
  platform('WhatsApp', ['whatsapp.com']),
  platform('Telegram', ['telegram.org', 't.me']),
  platform('Weibo', ['weibo.com']),
  platform('Bluesky', ['bsky.app']),
  platform('Mastodon', []),
  platform('Twitch', ['twitch.tv']),
];

const byWrittenName = new Map<string, KnownOutlet>();
for (const known of OUTLETS) {
  for (const written of [known.name, ...known.aliases]) if (!byWrittenName.has(written)) byWrittenName.set(written, known);
}

/**
 * The outlet or platform a written name stands for: exact (case-sensitive) on the name or an alias,
 * allowing a leading "the" and curly apostrophes. Null when unknown.
 */
export function outletByName(written: string): KnownOutlet | null {
  const name = written.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  const curly = name.replace(/'/g, '’');
  const withoutThe = name.replace(/^the /i, '');
  for (const candidate of [name, curly, withoutThe, `The ${withoutThe}`]) {
    const known = byWrittenName.get(candidate);
    if (known) return known;
  }
  return null;
}

/** The outlet or platform a URL (or a bare host) belongs to, by its host or a parent domain of it. */
export function outletByHost(urlOrHost: string): KnownOutlet | null {
  const host = hostOf(urlOrHost);
  if (!host) return null;
  let best: KnownOutlet | null = null;
  let bestLength = 0;
  for (const known of OUTLETS) {
    for (const knownHost of known.hosts) {
      if ((host === knownHost || host.endsWith(`.${knownHost}`)) && knownHost.length > bestLength) {
        best = known;
        bestLength = knownHost.length;
      }
    }
  }
  return best;
}

function hostOf(urlOrHost: string): string | null {
  const trimmed = urlOrHost.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  try {
    return new URL(withScheme).hostname.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}
