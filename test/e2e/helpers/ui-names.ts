// The names the e2e accessibility steps find controls by: the renderer's catalogue
// (renderer/src/strings/en.ts, the same keys) for the strings they need. The node test project
// cannot import the renderer's files, so they are given here; a run in another language
// passes that language's names (the same shape) to the same steps.
export const EN_NAMES = {
  appName: 'Tweener',
  menu: {
    label: 'Menu',
    file: 'File',
    contacts: 'Contacts',
    tools: 'Tools',
    help: 'Help',
    signOut: 'Sign Out',
    options: 'Options...',
    sortBy: 'Sort Contacts by',
    sortGroups: 'Groups',
    sortStatus: 'Online/Offline',
  },
  status: { NLN: 'Online', BSY: 'Busy' },
  signIn: {
    email: 'E-mail address:',
    password: 'Password:',
    submit: 'Sign In',
    changeServer: 'change...',
  },
  list: {
    label: 'Contacts',
    online: 'Online',
    addContact: 'Add a Contact',
    createGroup: 'Create a Group...',
    contactAria: (name: string, status: string) => `${name}, ${status}`,
    groupAriaStart: (name: string) => `${name}, `,
  },
  contactMenu: {
    properties: 'Properties',
    remove: 'Delete Contact',
    setNickname: 'Set a Name Only You See...',
  },
  groupMenu: { createTitle: 'Create a Group', rename: 'Rename Group', remove: 'Delete Group' },
  dialogs: {
    ok: 'OK',
    cancel: 'Cancel',
    properties: 'Properties',
    nicknameTitle: 'Set a Name Only You See',
  },
  addContact: { title: 'Add a Contact' },
  certificate: { title: 'Certificate not verified', trustStart: 'Trust' },
  conversation: {
    input: 'Type your message',
    emoticons: 'Emoticons',
    font: 'Font',
    invite: 'Invite',
    history: 'History',
    sendFile: 'Send Files',
    regionEnd: ' - Conversation',
  },
  font: { title: 'Change My Message Font' },
  transfer: { accept: 'Accept' },
  options: {
    title: 'Options',
    tabs: {
      personal: 'Personal',
      preferences: 'Preferences',
      privacy: 'Privacy',
      sounds: 'Sounds',
      connection: 'Connection',
      history: 'History',
    },
    themeLabel: 'Colours:',
    network: 'Network:',
    profileName: 'Name:',
    host: 'Server:',
    port: 'Port:',
    nexus: 'Login (Passport) address:',
    newProfile: 'New Network...',
    saveProfile: 'Save Network',
  },
  networkFile: { export: 'Export...' },
};

export type UiNames = typeof EN_NAMES;
