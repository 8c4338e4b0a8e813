import { defineVocabulary } from './define.ts';

/**
 * The kinds of free help the directory lists. The ids are stable: services, the triage tool,
 * browse pages and print sheets all use them. Labels are written for citizens.
 */
export const kindsOfHelp = defineVocabulary([
  { id: 'free-wifi', label: 'Free Wi-Fi', description: 'Use the internet for free on your own phone, tablet or laptop.' },
  { id: 'public-computers', label: 'Computers you can use', description: 'Use a computer and the internet for free.' },
  { id: 'device-to-borrow', label: 'Borrow a device', description: 'Borrow a laptop or tablet for a while and give it back.' },
  { id: 'device-to-keep', label: 'A device to keep', description: 'Get a free laptop, tablet or phone that you keep.' },
  { id: 'refurbished-devices', label: 'Cheap refurbished devices', description: 'Buy a checked and cleaned second-hand device for a low price.' },
  { id: 'device-donation', label: 'Give or recycle a device', description: 'Give an old device so that someone else can use it.' },
  { id: 'free-sim-or-data', label: 'Free SIM card or data', description: 'Get a free SIM card or free mobile data.' },
  { id: 'social-tariffs', label: 'Cheaper broadband', description: 'Get help to find a cheaper broadband or phone deal (a social tariff).' },
  { id: 'drop-in-help', label: 'Drop-in help', description: 'Turn up and get help with a device or something online.' },
  { id: 'one-to-one-help', label: 'One-to-one help', description: 'Someone helps just you, at your own pace.' },
  { id: 'group-course', label: 'Group course', description: 'Learn with other people in a class or group.' },
  { id: 'phone-help', label: 'Help on the phone', description: 'Someone helps you over the phone.' },
  { id: 'help-with-forms', label: 'Help with forms and online services', description: 'Get help with things like Universal Credit, your GP or the council online.' },
  { id: 'assistive-technology', label: 'Accessibility and assistive technology', description: 'Get help to make a device easier to see, hear or use.' },
]);

export type KindOfHelpId = (typeof kindsOfHelp.ids)[number];
