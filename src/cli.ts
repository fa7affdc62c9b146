console.log('newsx: being built');
