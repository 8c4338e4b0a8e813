import { defineVocabulary } from './define.ts';

/**
 * The kinds of free help the directory lists, and which of the 9 C's each one serves (so a
 * 9 C's page can point to the services that help with it). The ids are stable: services, the triage tool,
 * browse pages and print sheets all use them. Labels are written for citizens.
 */
export const kindsOfHelp = defineVocabulary([
  { id: 'free-wifi', label: 'Free Wi-Fi', description: 'Use the internet for free on your own phone, tablet or laptop.', cs: ['connectivity'] },
  { id: 'public-computers', label: 'Computers you can use', description: 'Use a computer and the internet for free.', cs: ['connectivity', 'channel'] },
  { id: 'device-to-borrow', label: 'Borrow a device', description: 'Borrow a laptop or tablet for a while and give it back.', cs: ['connectivity', 'cost'] },
  { id: 'device-to-keep', label: 'A device to keep', description: 'Get a free laptop, tablet or phone that you keep.', cs: ['cost', 'connectivity'] },
  { id: 'refurbished-devices', label: 'Cheap refurbished devices', description: 'Buy a checked and cleaned second-hand device for a low price.', cs: ['cost'] },
  { id: 'device-donation', label: 'Give or recycle a device', description: 'Give an old device so that someone else can use it.', cs: ['cost'] },
  { id: 'free-sim-or-data', label: 'Free SIM card or data', description: 'Get a free SIM card or free mobile data.', cs: ['cost', 'connectivity'] },
  { id: 'social-tariffs', label: 'Cheaper broadband', description: 'Get help to find a cheaper broadband or phone deal (a social tariff).', cs: ['cost', 'connectivity'] },
  { id: 'drop-in-help', label: 'Drop-in help', description: 'Turn up and get help with a device or something online.', cs: ['capability', 'champion'] },
  { id: 'one-to-one-help', label: 'One-to-one help', description: 'Someone helps just you, at your own pace.', cs: ['capability', 'champion'] },
  { id: 'group-course', label: 'Group course', description: 'Learn with other people in a class or group.', cs: ['capability'] },
  { id: 'phone-help', label: 'Help on the phone', description: 'Someone helps you over the phone.', cs: ['channel', 'choice'] },
  { id: 'help-with-forms', label: 'Help with forms and online services', description: 'Get help with things like Universal Credit, your GP or the council online.', cs: ['content', 'channel'] },
  { id: 'assistive-technology', label: 'Accessibility and assistive technology', description: 'Get help to make a device easier to see, hear or use.', cs: ['content', 'customer'] },
]);

export type KindOfHelpId = (typeof kindsOfHelp.ids)[number];
